/**
 * A failed dial while the window is in the background (the collector looked away to another program)
 * is reported by a desktop notification; in the foreground the last-dial panel says it already.
 */
export function notifyFailedDial(message: string, debtorName: string | null): void {
  if (typeof Notification === 'undefined' || document.hasFocus()) return;
  const title = debtorName === null ? 'Dial not sent' : `Dial to ${debtorName} not sent`;
  const show = (): void => void new Notification(title, { body: message, tag: 'softphone-dial' });
  if (Notification.permission === 'granted') show();
  else if (Notification.permission === 'default') void Notification.requestPermission().then((p) => p === 'granted' && show());
}
