import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(__dirname, '..');

/** Runs the command line as a user would, returning its exit code and output. */
async function claims(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'cli/claims.ts', ...args], { cwd: root, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe.concurrent('claims command line', { timeout: 120_000 }, () => {
  it('analyses the demo article without FILE: JSON with the four articles of the seed page', async () => {
    const { code, stdout } = await claims();
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { articles: Array<Record<string, unknown>> };
    expect(result.articles).toHaveLength(4);
    for (const article of result.articles)
      for (const key of ['title', 'start', 'end', 'language', 'relevance', 'isRegionalDevelopment', 'regions', 'claims'])
        expect(article).toHaveProperty(key);
    expect(result.articles.map((a) => a.start)).toEqual([2, 2274, 3300, 3869]);
    expect((result.articles[0].regions as Array<{ code: string }>)[0].code).toBe('330112');
  });

  it('prints an aligned table for people', async () => {
    const { code, stdout } = await claims('public/demo/zhejiang-page.txt', '--format', 'table');
    expect(code).toBe(0);
    expect(stdout).toContain('Article 1: 产业强区新年“第一拼”，临安如何打好“空间仗”？');
    expect(stdout).toContain('regions: 临安区 330112 (浙江省/杭州市/临安区)');
  });

  it('prints RFC 4180 CSV: a header, CRLF line ends, one row per claim', async () => {
    const { code, stdout } = await claims('public/demo/zhejiang-page.txt', '--format=csv');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'article,title,language,relevance,isRegionalDevelopment,regions,start,end,text,value,unit,kind,approx,siValue,siUnit,change,rangeLow,rangeHigh,subject,sentence',
    );
    expect(lines.at(-1)).toBe('');
    expect(lines.length).toBeGreaterThan(5);
  });

  it('reads an HTML page through the main-text extraction', async () => {
    const page = file(
      'page.html',
      `<!doctype html><html><head><title>安吉县出让两宗工业用地</title></head><body>
       <nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
       <article><h1>安吉县出让两宗工业用地</h1>
       <p>日前，安吉县自然资源和规划局挂牌出让两宗工业用地，面积合计86亩，起始总价2580万元，用于绿色家居产业项目建设。</p>
       <p>安吉县今年以来共出让工业用地1260亩，新增招商引资项目32个，协议投资额达到186亿元，园区基础设施不断完善。</p>
       <p>县自然资源和规划局负责人表示，将继续推进“标准地”改革，优化营商环境，保障重大项目用地需求。</p></article>
       <footer>版权所有 安吉新闻网</footer></body></html>`,
    );
    const { code, stdout } = await claims(page);
    expect(code).toBe(0);
    const [article] = (JSON.parse(stdout) as { articles: Array<{ title: string; isRegionalDevelopment: boolean; regions: Array<{ code: string }> }> }).articles;
    expect(article.title).toBe('安吉县出让两宗工业用地');
    expect(article.isRegionalDevelopment).toBe(true);
    expect(article.regions[0].code).toBe('330523');
  });

  it('dates every article of an e-paper page with its edition', async () => {
    const { code, stdout } = await claims(join(root, 'tests', 'fixtures', 'pages', 'epaper-page.html'));
    expect(code).toBe(0);
    const { articles } = JSON.parse(stdout) as { articles: Array<{ date?: string }> };
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.map((a) => a.date)).toEqual(articles.map(() => '2024-09-20'));
  });

  it('reads a county page served in GB2312 by its declared charset, and a plain-text file saved as GBK', async () => {
    const page = await claims(join(root, 'tests', 'fixtures', 'pages', 'gbk-county-zhengwu.html'));
    expect(page.code).toBe(0);
    const [article] = (JSON.parse(page.stdout) as { articles: Array<{ title: string; claims: Array<{ text: string }> }> }).articles;
    expect(article.title).toBe('宁阳县今年新建高标准农田12.6万亩 全部实现“旱能浇、涝能排”');
    expect(article.claims.map((c) => c.text)).toContain('1.89亿元');
    // 临安区新建高标准农田1000亩。 in GBK, as Notepad in a Chinese locale saves it.
    const gbk = Buffer.from('c1d9b0b2c7f8d0c2bda8b8dfb1ead7bcc5a9ccef31303030c4b6a1a30a', 'hex');
    const text = await claims(file('gbk.txt', gbk), '--format', 'csv');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1000亩');
  });

  it('reads a text file Notepad saved as "Unicode" (UTF-16 with its byte-order mark), and a UTF-16 page', async () => {
    const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const text = await claims(file('notes.txt', utf16le('临安区新建高标准农田1000亩。\r\n')), '--format', 'csv');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1000亩');
    const html = '<!DOCTYPE html><html><head><title>安吉县出让工业用地</title></head><body><p>安吉县今年以来共出让工业用地1260亩，新增招商引资项目32个，协议投资额达到186亿元。</p></body></html>';
    const page = await claims(file('page.htm', utf16le(html)));
    expect(page.code).toBe(0);
    const [article] = (JSON.parse(page.stdout) as { articles: Array<{ title: string; claims: Array<{ text: string }> }> }).articles;
    expect(article.title).toBe('安吉县出让工业用地');
    expect(article.claims.map((c) => c.text)).toContain('186亿元');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['a directory', () => (mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub')), /is a directory/],
    ['an empty file', () => file('empty.txt', ''), /empty/],
    ['a binary file', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /binary/],
    ['a binary file that begins as UTF-16 does', () => file('data.bin', Buffer.from([0xff, 0xfe, 1, 0, 2, 0, 3, 0, 4, 0, 0x41, 0])), /binary/],
    ['a Big5 file', () => file('big5.txt', Buffer.from([0xbb, 0x4f, 0xa5, 0x5f, 0xa5, 0xab, 0x0a])), /neither UTF-8 nor GBK/],
    ['a page declaring a charset nothing decodes', () => file('mac.html', Buffer.concat([Buffer.from('<!DOCTYPE html><meta charset="x-unheard-of"><p>'), Buffer.from([0xc1, 0xd9, 0xb0, 0xb2])])), /declares charset "x-unheard-of"/],
  ])('rejects %s with one clear line on stderr', async (_, make, message) => {
    const { code, stdout, stderr } = await claims(make());
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('reads an article that a page frames from a file beside it, when the page holds none of its own', async () => {
    const article = '<p>今年上半年，东台海上风电累计发电量达到41.6亿千瓦时，同比增长18.5%，相当于节约标准煤约126万吨，减少二氧化碳排放约340万吨，全市新能源产业链加速集聚。</p>';
    mkdirSync(join(dir, 'frames'), { recursive: true });
    file('frames/a03.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东台海上风电装机突破300万千瓦</title></head><body><h1>东台海上风电装机突破300万千瓦</h1>${article.repeat(3)}</body></html>`);
    file('frames/ad.html', '<!DOCTYPE html><html><body><p>限时优惠，每平方米仅需8800元</p></body></html>');
    const page = (frames: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东台日报数字报</title></head><body><div>东台日报 2024年08月06日</div>${frames}<div>联系电话：0515-85212345</div></body></html>`;
    const claimTexts = async (path: string) => {
      const { code, stdout } = await claims(path);
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { articles: Array<{ title: string; claims: Array<{ text: string }> }> }).articles;
    };
    // The ad's small frame is not read; the content frame is, as the extension reads it.
    const framed = await claimTexts(file('epaper.html', page('<iframe src="frames/ad.html" width="300" height="250"></iframe><iframe src="frames/a03.html"></iframe>')));
    expect(framed.map((a) => a.title)).toEqual(['东台海上风电装机突破300万千瓦']);
    expect(framed[0].claims.map((c) => c.text)).toEqual(expect.arrayContaining(['41.6亿千瓦时', '18.5%', '126万吨']));
    // A remote frame is no file of the page's.
    const remote = await claimTexts(file('remote.html', page('<iframe src="https://epaper.example/a03.html"></iframe>')));
    expect(remote.flatMap((a) => a.claims)).toEqual([]);
  });

  it('rejects an unknown format', async () => {
    const { code, stderr } = await claims('--format', 'xml');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown format "xml"/);
  });
});
