#!/usr/bin/env node
// A tiny static file server for the page and its tests: `node scripts/static-server.mjs <dir> [port]`.
// Binds 127.0.0.1 only, serves GET and HEAD, never leaves <dir>, and sends no caching or CORS headers.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** The file a URL path names inside `root`, or null if it would leave `root` or names nothing servable. */
async function locate(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return null;
  // A symbolic link inside root may still point outside it.
  const real = await realpath(file);
  if (!real.startsWith(root + sep)) return null;
  return { file: real, size: info.size };
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'method not allowed\n');
  }
  const { pathname } = new URL(req.url, `http://${HOST}`);
  const found = await locate(root, pathname);
  if (!found) return send(res, 404, 'not found\n');
  res.writeHead(200, {
    'content-type': MIME[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': found.size,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves `dir` on 127.0.0.1; port 0 picks a free port.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serve(dir, port = 0) {
  const root = await realpath(resolve(dir));
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, ok);
  });
  const url = `http://${HOST}:${server.address().port}/`;
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return { url, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port = '8000'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/static-server.mjs <dir> [port]');
    process.exit(2);
  }
  const { url } = await serve(dir, Number(port));
  console.log(`serving ${dir} at ${url}`);
}
