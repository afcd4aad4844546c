/** Composition root: the app:// scheme the renderer is loaded from (see app-page.ts for the path rule). */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, appFileFor, contentTypeOf } from './app-page.ts';

/**
 * Before `ready`: app:// is a standard, secure scheme, so the page has an origin of its own
 * (`app://softphone`), CSP 'self' means that origin, and navigator.clipboard works.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** After `ready`: answers app://softphone/… with files under rendererDir and nothing else. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererDir);
    if (file === null) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    try {
      return new Response(await readFile(file), { headers: { 'content-type': contentTypeOf(file) } });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
  });
}
