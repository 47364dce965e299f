import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'ff-static-'));
    await writeFile(join(root, 'page.html'), '<p>1000亩</p>');
    await writeFile(join(root, 'gbk.html'), Buffer.from('<meta charset="gb2312"><p>1000\xc4\xb6</p>', 'latin1'));
    server = await startStaticServer(root, { '/late': (_req, res) => void res.end('route') });
  });
  afterAll(() => server.close());

  it('listens on the loopback address only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files as UTF-8 with their content type', async () => {
    const res = await fetch(server.url('/page.html'));
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<p>1000亩</p>');
  });

  it('serves a page declaring a legacy charset in that charset, as its site would', async () => {
    const res = await fetch(server.url('/gbk.html'));
    expect(res.headers.get('content-type')).toBe('text/html; charset=gb2312');
    expect(new TextDecoder('gbk').decode(await res.arrayBuffer())).toContain('1000亩');
  });

  it('serves routes defined in code before files', async () => {
    expect(await (await fetch(server.url('/late'))).text()).toBe('route');
  });

  it('refuses paths outside its folder and answers 404 for missing files', async () => {
    expect((await fetch(server.url('/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    expect((await fetch(server.url('/missing.html'))).status).toBe(404);
  });
});
