import { formatHostPort } from './host-address.ts';
import type { DialPlan } from './dial-plan.ts';
import type { DialTarget } from './note2.ts';

/** The dial mode in words, as the status bar says it. */
export function describeTarget(target: DialTarget | null): string {
  if (target === null) return 'Softphone dialing is off';
  if (target.kind === 'uri') return `Softphone: ${describeTemplate(target.scheme, target.template)}`;
  const where = formatHostPort(target.host, target.hostKind, target.port);
  return `UDP → ${where}, extension ${target.extension}${target.authcode ? ', with authcode' : ''}`;
}

/** `sip:` for a bare prefix; a template is shown whole, since `sip:@pbx.example.com` would read as a broken address. */
function describeTemplate(scheme: string, template: string): string {
  return template === `${scheme}:{number}` ? `${scheme}:` : template;
}

/** Where a planned dial goes: `192.168.2.122:1544` or the URI's scheme handler. */
export function describeDestination(plan: DialPlan): string {
  return plan.kind === 'udp' ? formatHostPort(plan.host, plan.hostKind, plan.port) : `${plan.scheme}: handler`;
}

/** What a click sends, in one line: `452,5551237777 to 192.168.2.122:1544` or the URI. */
export function describePlan(plan: DialPlan): string {
  return plan.kind === 'udp' ? `${plan.payload} to ${describeDestination(plan)}` : plan.uri;
}
