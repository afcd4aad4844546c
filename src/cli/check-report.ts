import type { CallDecision } from '../shared/call-guard.ts';
import type { CallFacts } from '../main/store/contract.ts';

export type PhoneCheck = { readonly facts: CallFacts; readonly decision: CallDecision };

/** What `softphone check` prints (and, with --json, exactly this object). */
export type CheckReport = {
  readonly at: string;
  readonly debtor: { readonly fileNumber: string; readonly name: string; readonly clientNumber: string };
  readonly phones: readonly {
    readonly label: string;
    readonly number: string;
    readonly verdict: CallDecision['verdict'];
    readonly reasons: readonly { readonly rule: string; readonly action: string; readonly text: string }[];
    readonly localTimes: readonly { readonly clock: string; readonly date: string; readonly city: string; readonly zoneName: string; readonly source: string; readonly open: boolean }[];
    readonly attemptsUsed: number;
    readonly attemptsLimit: number;
    readonly notes: readonly string[];
  }[];
};

export function checkReport(fileNumber: string, at: Date, checks: readonly PhoneCheck[]): CheckReport {
  const first = checks[0]?.facts;
  return {
    at: at.toISOString(),
    debtor: { fileNumber, name: first?.debtorName ?? '', clientNumber: first?.clientNumber ?? '' },
    phones: checks.map(({ facts, decision }) => ({
      label: facts.label,
      number: facts.number,
      verdict: decision.verdict,
      reasons: decision.reasons.map((r) => ({ rule: r.rule, action: r.action, text: r.text })),
      localTimes: decision.localTimes.map((t) => ({ clock: t.clock, date: t.date, city: t.city, zoneName: t.zoneName, source: t.source, open: t.open })),
      attemptsUsed: decision.attemptsUsed,
      attemptsLimit: decision.attemptsLimit,
      notes: decision.notes,
    })),
  };
}

const VERDICT = { allow: 'ALLOW: a click would dial', warn: 'WARN: a click asks the collector for a reason', block: 'BLOCK: a click sends nothing' } as const;

/** The report in words, one block per phone. */
export function checkReportText(report: CheckReport): string {
  const lines = [`${report.debtor.name} (file ${report.debtor.fileNumber}, client ${report.debtor.clientNumber}), checked at ${report.at}`];
  for (const phone of report.phones) {
    lines.push('', `${phone.label} ${phone.number}: ${VERDICT[phone.verdict]}`);
    for (const reason of phone.reasons) lines.push(`  ${reason.action === 'block' ? 'blocks' : 'warns'}: ${reason.text}`);
    for (const time of phone.localTimes) {
      lines.push(`  local time: ${time.clock} on ${time.date} in ${time.city} (${time.zoneName}, from ${time.source}), ${time.open ? 'inside' : 'outside'} 08:00–21:00`);
    }
    if (phone.localTimes.length === 0) lines.push('  local time: no location known for this debtor or number');
    lines.push(`  calls counted: ${phone.attemptsUsed} of ${phone.attemptsLimit} in the last 7 days`);
    for (const note of phone.notes) lines.push(`  note: ${note}`);
  }
  return `${lines.join('\n')}\n`;
}
