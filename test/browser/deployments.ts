import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, readHeaderRules } from '../tools/host-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.woff2': 'font/woff2',
};

export interface Deployments {
  /** Origin and base path the site is served at, ending in "/". */
  url: string;
  /** Serves a different built folder from now on, as a new deployment would. */
  deploy(root: string): void;
  close(): Promise<void>;
}

/**
 * A static host whose content can be swapped while a browser has the site open, so a test can
 * watch a reader's tab pick up a new deployment. Serves `base` from the folder last deployed,
 * with the response headers its `_headers` file asks for when `withHeaders` is set.
 */
export async function serveDeployments(root: string, base = '/', { withHeaders = false } = {}): Promise<Deployments> {
  let current = root;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path.startsWith(base) ? path.slice(base.length) : undefined;
    let file = rel === undefined ? undefined : join(current, normalize(`/${rel}`));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = !!file && existsSync(file);
    const served = found ? file! : join(current, '404.html');
    const hosted = withHeaders && rel !== undefined ? headersFor(readHeaderRules(join(current, '_headers')), `/${rel}`) : {};
    res.writeHead(found ? 200 : 404, {
      ...hosted,
      'Content-Type': types[extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${base}`,
    deploy: (next) => void (current = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
