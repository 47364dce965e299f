/**
 * Serves pages from 127.0.0.1 only (never another address), for the demo and the browser tests: a folder
 * of pages plus optional routes a test defines in code (a page whose article arrives late, a page made on the fly).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { declaredCharset } from '../utils/charset/decode';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, routes: Record<string, Route> = {}): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes[path];
    if (route) return route(req, res);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      // A page in a legacy charset (a county site's GB2312) is served as such a site serves it, in that charset.
      const charset = extname(file) === '.html' ? declaredCharset(body) : undefined;
      const type = charset ? `text/html; charset=${charset}` : contentTypes[extname(file)];
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
