import { parseNote2 } from './note2.ts';

/** What the app suggests instead of a bare prefix: a full SIP address at the floor's own phone system. */
export const SIP_TEMPLATE_EXAMPLE = 'sip:{number}@your-pbx';

/** The schemes tried with real softphones; a vendor scheme's own program may well want the bare number. */
const BARE_PREFIX_SCHEMES: readonly string[] = ['sip', 'sips', 'tel', 'callto'];

/**
 * The scheme of a Note 2 that is a bare protocol prefix (`sip:`, `tel:`, `callto:`: the number and no
 * host), or null. Softphones tried as the OS handler do not all dial such a link: Linphone places no
 * call and looks the number up in public DNS (ENUM), baresip adds its own domain and mangles tel:.
 */
export function barePrefixScheme(note2: string, allowedSchemes: readonly string[]): string | null {
  const target = parseNote2(note2, allowedSchemes);
  if (!target.ok || target.value.kind !== 'uri' || !BARE_PREFIX_SCHEMES.includes(target.value.scheme)) return null;
  return target.value.template === `${target.value.scheme}:{number}` ? target.value.scheme : null;
}

/** `linphone.desktop` → `linphone`; a name from macOS or Windows (`Linphone`) as it is. */
export function handlerLabel(handler: string): string {
  return handler.endsWith('.desktop') ? handler.slice(0, -'.desktop'.length) : handler;
}

/** The warning under Note 2 and from `softphone dial`, naming the program the OS hands the link to. */
export function barePrefixWarning(scheme: string, handler: string | null): string {
  const program = handler === null ? 'the softphone' : handlerLabel(handler);
  return (
    `A bare "${scheme}:" prefix gives ${program} only the number, and not every softphone dials that: Linphone places ` +
    `no call and looks the debtor's number up in public DNS (ENUM); baresip adds its own domain. ` +
    `Use ${SIP_TEMPLATE_EXAMPLE} with your phone system's host name, for example sip:{number}@pbx.example.com.`
  );
}
