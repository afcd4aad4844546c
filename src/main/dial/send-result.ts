/** How a dialer reports one attempt: what was sent, or why nothing was. Never thrown. */
export type SendResult = { ok: true; detail: string } | { ok: false; reason: string; code: string | null };

export const sent = (detail: string): SendResult => ({ ok: true, detail });

export const failed = (reason: string, code: string | null = null): SendResult => ({ ok: false, reason, code });

/** The `code` of a Node system error (`ENOTFOUND`, `EACCES`, ...), or null for anything else. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
