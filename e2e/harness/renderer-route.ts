/**
 * Serves the built renderer (out/renderer) to Chromium from a fixed origin, straight from disk through
 * Playwright's request routing: no HTTP server, no port. The same path rule as the app's app:// handler
 * (src/main/window/app-page.ts) picks the file. Every other request is refused, as the app's
 * CSP would refuse it in Electron.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Route } from '@playwright/test';
import { contentTypeOf, fileUnder } from '../../src/main/window/app-page.ts';
import { RENDERER_DIR } from './build.ts';

// https: a secure context, as the app's own page is in Electron (navigator.clipboard needs one).
export const HARNESS_ORIGIN = 'https://softphone.test';
/** The page the harness loads; the IPC sender check accepts this page and nothing else. */
export const HARNESS_INDEX_URL = `${HARNESS_ORIGIN}/index.html`;

export async function serveRenderer(context: BrowserContext, rendererDir = RENDERER_DIR): Promise<void> {
  await context.route('**/*', (route) => fulfil(route, rendererDir));
}

async function fulfil(route: Route, rendererDir: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== HARNESS_ORIGIN) return route.abort('blockedbyclient');
  const file = fileUnder(rendererDir, url.pathname);
  if (file === null) return route.fulfill({ status: 404, contentType: 'text/plain', body: `Not found: ${url.pathname}` });
  try {
    const body = await readFile(file);
    return route.fulfill({ status: 200, body, contentType: contentTypeOf(file) });
  } catch {
    return route.fulfill({ status: 404, contentType: 'text/plain', body: `Not found: ${url.pathname}` });
  }
}
