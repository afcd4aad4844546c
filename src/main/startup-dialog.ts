/** Composition root: what the user sees when the app cannot start. */
import { app, dialog } from 'electron';
import { describeStartupFailure } from './startup-failure.ts';

/**
 * One dialog naming the problem and the path, then quit. The single-instance lock is let go first,
 * so the next start (after the user fixed the folder) is not sent to this dying instance.
 */
export function quitWithStartupFailure(error: unknown): void {
  const { title, text } = describeStartupFailure(error, app.getPath('userData'));
  console.error(`softphone: ${title}: ${text}`, error);
  dialog.showErrorBox(title, text);
  app.releaseSingleInstanceLock();
  app.quit();
}
