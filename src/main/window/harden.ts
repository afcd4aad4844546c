import type { Session, WebContents } from 'electron';

/** What the UI uses: "Copy number" writes the clipboard; a failed dial in a window without focus shows a desktop notification. Everything else is denied. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'notifications']);

/** Every request for a camera, notifications, geolocation and the rest is refused without a prompt. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/**
 * Hardens any web contents the app creates: no new windows, no navigation away from the app's page,
 * no <webview>. A compromised renderer can then reach nothing but the narrow preload API.
 */
export function hardenWebContents(contents: WebContents, isAppPage: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
