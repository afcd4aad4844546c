/**
 * Serves the built renderer (out/renderer) to Chromium from a fixed origin, straight from disk through
 * Playwright's request routing: no HTTP server, no port. Every other request is refused, as the app's
 * CSP would refuse it in Electron.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { RENDERER_DIR } from './build.ts';

// https: a secure context, as the app's own page is in Electron (navigator.clipboard needs one).
export const HARNESS_ORIGIN = 'https://softphone.test';
/** The page the harness loads; the IPC sender check accepts this page and nothing else. */
export const HARNESS_INDEX_URL = `${HARNESS_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export async function serveRenderer(context: BrowserContext, rendererDir = RENDERER_DIR): Promise<void> {
  await context.route('**/*', (route) => fulfil(route, rendererDir));
}

async function fulfil(route: Route, rendererDir: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== HARNESS_ORIGIN) return route.abort('blockedbyclient');
  const file = fileFor(url.pathname, rendererDir);
  if (file === null) return route.fulfill({ status: 404, contentType: 'text/plain', body: `Not found: ${url.pathname}` });
  try {
    const body = await readFile(file);
    return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  } catch {
    return route.fulfill({ status: 404, contentType: 'text/plain', body: `Not found: ${url.pathname}` });
  }
}

/** The file under rendererDir for a URL path, or null when the path would leave it. */
function fileFor(pathname: string, rendererDir: string): string | null {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = resolve(rendererDir, `.${relative}`);
  return file.startsWith(rendererDir + sep) ? file : null;
}
