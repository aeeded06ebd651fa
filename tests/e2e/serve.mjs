// A static file server for the browser tests: 127.0.0.1 only, a free port,
// closed by the test that opened it. Serves www/ (and, for the benchmark,
// the corpus under /corpus/). Cross-origin isolation headers give
// performance.now() its fine resolution.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Starts serving. `mounts` maps URL prefixes to directories (relative to the repo, or absolute);
 * `pages` maps exact paths to HTML strings, or to `{ html, headers }` for a
 * page with its own response headers (a CSP). Resolves to { url, close }.
 */
export function serve({ mounts = { '/': 'www' }, pages = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (pages[path] !== undefined) {
      const page = typeof pages[path] === 'string' ? { html: pages[path] } : pages[path];
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'], ...page.headers });
      res.end(page.html);
      return;
    }
    const prefix = Object.keys(mounts).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) return notFound(res);
    const dir = resolve(ROOT, mounts[prefix]);
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return notFound(res);
    if (file.endsWith('/') || file === dir) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((closed) => { server.closeAllConnections(); server.close(closed); }),
      });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

/** Launches the system Chromium headless (playwright-core never downloads a browser). */
export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Named checks that log `ok`/`FAIL` and go on; `finish()` exits 1 if any failed. */
export function checks(suite) {
  let failures = 0;
  return {
    async check(name, fn) {
      const t0 = Date.now();
      try {
        await fn();
        console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failures++;
        console.log(`FAIL ${name}\n${e.stack ?? e}`);
      }
    },
    finish() {
      if (failures) {
        console.log(`${failures} ${suite} check(s) failed`);
        process.exit(1);
      }
      console.log(`${suite}: all checks passed`);
    },
  };
}
