import { extname, isAbsolute, relative, resolve } from 'node:path';

/**
 * The renderer is served from `app://softphone/…` instead of file:// (Electron's security checklist:
 * a file:// page may read any file the user can, and its privileges need a fuse left on).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'softphone';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

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

/** The Content-Type a served file goes out with (module scripts need a JavaScript type). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * The file under `rootDir` that a URL path names, or null when it names none: `..` segments, encoded
 * or not, backslashes, NUL and absolute paths can never reach outside the folder. `/` is index.html.
 */
export function fileUnder(rootDir: string, pathname: string): string | null {
  const decoded = decodedPath(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  if (decoded === null || decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** The renderer file an `app://softphone/…` request asks for, or null (another scheme or host, or outside the folder). */
export function appFileFor(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return fileUnder(rendererDir, parsed.pathname);
}
