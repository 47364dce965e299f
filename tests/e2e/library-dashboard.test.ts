/**
 * The dashboard in the built extension: save the seed e-paper page (four articles) and three
 * articles of our own through "Analyze a text", compare a metric across them, check the table's
 * values and that both charts are drawn, open an article by deep link, import a backup (the library
 * rebuilt once, another tab told), show its fact-checks, and screenshot each view.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLibrary } from '../fixtures/exchange/sample-library';
import { backupText } from '../fixtures/exchange/backups';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';

const fixtures = resolve(__dirname, '../fixtures');
const OWN = ['library/anji-land.txt', 'library/linan-land.txt', 'library/linan-land-2.txt'];

describe('the library dashboard', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dashboard: string;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    dashboard = `chrome-extension://${browser.extensionId}/dashboard.html`;
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function analyseAndSave(file: string, articles: number) {
    await page.goto(`${dashboard}#view=analyze`);
    await page.setInputFiles('input[type=file]', resolve(fixtures, file));
    await expect.poll(() => page.inputValue('textarea')).not.toBe('');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('heading', { name: articles === 1 ? '1 article found' : `${articles} articles found` }).waitFor();
    await page.getByRole('button', { name: 'Save all' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Open in library' }).count(), { timeout: 20_000 }).toBe(articles);
  }

  it('starts empty, with a message saying how to add articles', async () => {
    await page.goto(dashboard);
    await page.getByText('The library is empty.').waitFor();
  });

  it('saves the seed page and our own articles through "Analyze a text"', async () => {
    await analyseAndSave('seed-zhejiang-page.txt', 4);
    for (const file of OWN) await analyseAndSave(file, 1);
    await page.goto(dashboard);
    await page.getByText('7 of 7 articles').waitFor();
    expect(await page.locator('.library-row').count()).toBe(7);
    // The file's name is the source.
    await page.getByRole('option', { name: /临安如何打好/ }).click();
    await page.locator('.detail-meta').getByText('seed-zhejiang-page.txt').waitFor();
  });

  it('searches and filters the library', async () => {
    await page.goto(dashboard);
    await page.getByText('7 of 7 articles').waitFor();
    await page.getByLabel('Search titles, subjects, sentences and notes').fill('亩均税收');
    await page.getByText('2 of 7 articles').waitFor();
    await page.getByLabel('Search titles, subjects, sentences and notes').fill('');
    await page.getByLabel('Region').selectOption({ label: '\u00a0\u00a0\u00a0\u00a0临安区 (3)' });
    await page.getByText('3 of 7 articles').waitFor();
  });

  it('compares a metric: values on one scale, conflicts flagged, bars and points drawn', async () => {
    await page.goto(`${dashboard}#view=compare`);
    await page.getByLabel('Kind').selectOption('area');
    await page.getByLabel('Unit').selectOption('m2');
    await page.getByLabel('Subject words').fill('出让工业用地');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator('.compare-table tbody tr').first().waitFor();

    const rows = await page.locator('.compare-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
        return { region: cells[0], original: cells[4], value: cells[5].replace('⚠', '').trim(), conflict: tr.classList.contains('conflict') };
      }),
    );
    expect(await page.getByLabel('Show values in').inputValue()).toBe('mu');
    const summary = rows.map((r) => `${r.region} ${r.original} → ${r.value}${r.conflict ? ' ⚠' : ''}`).sort();
    // Two of the articles repeat their headline figure in the body: one row each, saying so. The seed's
    // 年度出让1000亩工业用地 is a target of another year, so it does not disagree with them.
    expect(summary).toEqual(
      [
        '临安区 1000亩 → 1,000',
        '临安区 1280亩 → 1,280 ⚠',
        '临安区 1350亩 · also in the headline → 1,350 ⚠',
        '临安区 760亩 → 760 ⚠',
        '安吉县 1200亩 · also in the headline → 1,200',
      ].sort(),
    );
    await page.getByText('Figures disagree in 1 place (same region and year').waitFor();

    // Same figures in hectares: one scale for the whole column.
    await page.getByLabel('Show values in').selectOption('ha');
    await page.locator('.compare-table td.numeric', { hasText: '90' }).first().waitFor(); // 1350亩 = 90 ha

    const charts = await page.locator('.compare-charts canvas').evaluateAll((canvases) =>
      canvases.map((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return { label: c.getAttribute('aria-label'), painted };
      }),
    );
    expect(charts).toHaveLength(2);
    expect(charts[0].label).toContain('临安区');
    expect(charts[0].label).toContain('安吉县');
    for (const chart of charts) expect(chart.painted).toBeGreaterThan(1000);
    await page.getByLabel('Show values in').selectOption('mu');
    await page.screenshot({ path: await screenshotPath('library-compare'), fullPage: true });
  });

  it('suggests metrics from similar subjects', async () => {
    await page.goto(`${dashboard}#view=compare`);
    const suggestions = await page.locator('.suggestions button').allTextContents();
    expect(suggestions.some((text) => text.includes('亩均税收'))).toBe(true);
    await page.locator('.suggestions button', { hasText: '亩均税收' }).click();
    await page.locator('.compare-table tbody tr').first().waitFor();
    const values = await page.locator('.compare-table td.numeric').allTextContents();
    expect(values.map((v) => v.trim()).sort()).toEqual(['32.6', '38.5']);
    expect(await page.getByLabel('Show values in').inputValue()).toBe('10kCNY/mu');
  });

  it('opens an article by deep link, edits it and undoes a deletion', async () => {
    await page.goto(`${dashboard}#view=compare`);
    await page.getByLabel('Subject words').fill('出让工业用地');
    await page.getByLabel('Kind').selectOption('area');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const href = await page.locator('.compare-table a', { hasText: '安吉县去年出让工业用地1200亩' }).first().getAttribute('href');
    expect(href).toMatch(/^#article=/);
    await page.goto(`${dashboard}${href}`);
    await page.getByRole('heading', { name: '安吉县去年出让工业用地1200亩' }).waitFor();
    expect(await page.locator('.claims-table tbody tr').count()).toBeGreaterThan(5);

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Tags (comma-separated)').fill('土地, 待核实');
    await page.getByLabel('Date (yyyy-mm-dd)').fill('2024/03/18');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Write the date as yyyy-mm-dd').waitFor();
    await page.getByLabel('Date (yyyy-mm-dd)').fill('2024-03-18');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.detail-meta').getByText('土地, 待核实').waitFor();
    await page.screenshot({ path: await screenshotPath('library-article'), fullPage: true });

    await page.getByRole('button', { name: 'Delete article' }).click();
    await page.getByText('Deleted “安吉县去年出让工业用地1200亩”.').waitFor();
    await page.getByText('6 of 6 articles').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('7 of 7 articles').waitFor();
    await page.getByRole('heading', { name: '安吉县去年出让工业用地1200亩' }).waitFor();
    await page.locator('.detail-meta').getByText('土地, 待核实').waitFor();
  });

  it('imports a backup: rebuilds its library once, tells another tab, and shows the fact-checks', async () => {
    const backup = join(await mkdtemp(join(tmpdir(), 'ff-dashboard-e2e-')), 'backup.json');
    await writeFile(backup, backupText(sampleLibrary(), {}, new Date()));
    const other = await browser.context.newPage();
    await other.goto(dashboard);
    await other.getByText('7 of 7 articles').waitFor();

    // Each rebuild of the library starts by walking its catalog's index of update times (the first screen's list).
    await page.addInitScript(() => {
      const openKeyCursor = IDBIndex.prototype.openKeyCursor;
      const counted = window as unknown as { rebuilds: number };
      counted.rebuilds = 0;
      IDBIndex.prototype.openKeyCursor = function (this: IDBIndex, ...args: Parameters<IDBIndex['openKeyCursor']>) {
        if (this.name === 'updatedAts') counted.rebuilds++;
        return openKeyCursor.apply(this, args);
      };
    });
    await page.goto(`${dashboard}#view=exchange`);
    await page.reload(); // a new document, for the script above (going to another hash keeps the document)
    await page.getByLabel('Choose file to import').setInputFiles(backup);
    await page.getByRole('region', { name: 'Preview of backup.json' }).waitFor();
    const rebuilds = () => page.evaluate(() => (window as unknown as { rebuilds: number }).rebuilds);
    const before = await rebuilds();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Import finished: 3 articles written.').waitFor();
    // Its own import's change notices do not reach it: one rebuild, when the import is done.
    await page.waitForTimeout(1500);
    expect((await rebuilds()) - before).toBe(1);
    // Another tab hears of the import.
    await other.getByText('10 of 10 articles').waitFor();
    await other.close();

    await page.goto(`${dashboard}#article=a1`);
    await page.getByRole('heading', { name: '临安区工业用地供应情况' }).waitFor();
    const wrong = page.locator('.claims-table tbody tr', { hasText: '42.3万元' });
    await wrong.getByText('Wrong').waitFor();
    await wrong.getByText('Corrected value: -42.3').waitFor();
    const evidence = page.locator('.notes-list li', { hasText: '与国土局公告一致' }).getByRole('link', { name: /gov\.example\.cn\/notice/ });
    expect(await evidence.getAttribute('href')).toBe('https://gov.example.cn/notice?id=1&b=2');
    expect(await evidence.getAttribute('target')).toBe('_blank');
    expect(await evidence.getAttribute('rel')).toBe('noopener noreferrer');
    // Keyboard: the link is in the Tab order, like the buttons around it.
    await evidence.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await evidence.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.screenshot({ path: await screenshotPath('library-fact-check'), fullPage: true });
  });

  it('refuses a file that is not text', async () => {
    await page.goto(`${dashboard}#view=analyze`);
    await page.setInputFiles('input[type=file]', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await page.getByRole('alert').getByText('“scan.pdf” is not a text or HTML file.').waitFor();
  });

  it('reads a text file saved in a Chinese locale (GBK) or by Notepad as "Unicode", and refuses one it cannot tell', async () => {
    await page.goto(`${dashboard}#view=analyze`);
    // 临安区新建高标准农田1000亩。 in GBK.
    const gbk = Buffer.from('c1d9b0b2c7f8d0c2bda8b8dfb1ead7bcc5a9ccef31303030c4b6a1a3', 'hex');
    await page.setInputFiles('input[type=file]', { name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk });
    await expect.poll(() => page.inputValue('textarea')).toBe('临安区新建高标准农田1000亩。');
    const notepad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('安吉县出让工业用地1260亩。', 'utf16le')]);
    await page.setInputFiles('input[type=file]', { name: 'unicode.txt', mimeType: 'text/plain', buffer: notepad });
    await expect.poll(() => page.inputValue('textarea')).toBe('安吉县出让工业用地1260亩。');
    // 臺北市 in Big5: the text already there stays, and the reader is told why the file was not read.
    await page.setInputFiles('input[type=file]', { name: 'big5.txt', mimeType: 'text/plain', buffer: Buffer.from('bb4fa55fa5ab', 'hex') });
    await page.getByRole('alert').getByText('“big5.txt” is text in a character set Figure Finder cannot tell').waitFor();
    expect(await page.inputValue('textarea')).toBe('安吉县出让工业用地1260亩。');
  });

  it('speaks Chinese in a Chinese browser', async () => {
    const zh = await launchExtensionBrowser({ locale: 'zh-CN' });
    try {
      const zhPage = await zh.context.newPage();
      await zhPage.goto(`chrome-extension://${zh.extensionId}/dashboard.html#view=analyze`);
      await zhPage.getByRole('heading', { name: '分析文本' }).waitFor();
      await zhPage.fill('textarea', await readFile(resolve(fixtures, OWN[1]), 'utf8'));
      await zhPage.getByRole('button', { name: '分析' }).click();
      await zhPage.getByRole('button', { name: '全部保存' }).click();
      await zhPage.getByRole('link', { name: '在资料库中打开' }).click();
      await zhPage.getByRole('heading', { name: '临安区2023年出让工业用地1350亩' }).waitFor();
      await zhPage.screenshot({ path: await screenshotPath('library-zh'), fullPage: true });
    } finally {
      await zh.close();
    }
  });
});
