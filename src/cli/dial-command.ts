import { linuxSchemeHandler } from '../main/dial/scheme-handler.ts';
import { createPlatformOpener } from '../main/dial/platform-opener.ts';
import { NOT_UNICAST, sendDatagram, type SendResult } from '../main/dial/udp-dialer.ts';
import { createUriOpener, type UriOpener } from '../main/dial/uri-opener.ts';
import { barePrefixScheme, barePrefixWarning } from '../shared/bare-prefix.ts';
import { describeTarget } from '../shared/describe-target.ts';
import { planFromInputs, type DialInputError, type DialPlan } from '../shared/dial-plan.ts';
import { parseNote2 } from '../shared/note2.ts';
import { parseNumberPlan, type NumberPlanInput } from '../shared/number-plan.ts';
import { parseDialArgs, type DialArgs } from './args.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliContext, type CliIo, type Command } from './cli-context.ts';
import { DIAL_HELP } from './help-text.ts';
import { usageFailure } from './usage-failure.ts';

export const dialCommand: Command = async (argv, io, context) => {
  const args = parseDialArgs(argv);
  if (!args.ok) return usageFailure(io, args.error, 'dial');
  if (args.value === 'help') {
    io.stdout.write(DIAL_HELP);
    return EXIT_OK;
  }
  const plan = planFromInputs({ ...args.value, allowedSchemes: args.value.schemes });
  if (!plan.ok) {
    io.stderr.write(`softphone: ${describeInputError(plan.error)}\n`);
    return EXIT_USAGE;
  }
  await warnOfBarePrefix(args.value, io, context);
  if (args.value.dryRun) {
    io.stdout.write(dryRunReport(args.value, plan.value));
    return EXIT_OK;
  }
  const result = await send(plan.value, args.value.schemes, context);
  return report(io, result);
};

/** The dial still goes out: a bare prefix works with some softphones, and the operator's Note 2 is theirs to fix. */
async function warnOfBarePrefix(args: DialArgs, io: CliIo, context: CliContext): Promise<void> {
  const scheme = barePrefixScheme(args.note2, args.schemes);
  if (scheme === null) return;
  const handler = context.platform === 'linux' ? await linuxSchemeHandler(scheme, context.env) : null;
  io.stderr.write(`softphone: warning: ${barePrefixWarning(scheme, handler)}\n`);
}

/** Client and debtor messages already name themselves ("Client number "2x" must be ..."). */
function describeInputError(error: DialInputError): string {
  if (error.field === 'note2') return `Note 2: ${error.message}`;
  if (error.field === 'number') return `Number: ${error.message}`;
  if (error.field === 'outsideLine') return `--outside-line: ${error.message}`;
  if (error.field === 'intlPrefix') return `--intl-prefix: ${error.message}`;
  if (error.field === 'homeCountry') return `--home-country: ${error.message}`;
  return error.message;
}

function dryRunReport(args: DialArgs, plan: DialPlan): string {
  const target = parseNote2(args.note2, args.schemes);
  const lines = [...linkLines(args), `target: ${target.ok ? describeTarget(target.value) : '?'}`];
  if (plan.kind === 'uri') {
    lines.push(`uri: ${plan.uri}`);
  } else {
    lines.push(`payload: ${plan.payload}`);
    if (target.ok && target.value.kind === 'udp' && target.value.authcode && plan.authcode === null) {
      lines.push('authcode: left out: #authcode needs both --client and --debtor');
    }
  }
  const numberPlan = describeNumberPlan(args.numberPlan);
  if (numberPlan !== null) lines.push(`dial plan: ${numberPlan}`);
  lines.push('dry run: nothing was sent');
  return `${lines.join('\n')}\n`;
}

function linkLines({ link }: DialArgs): string[] {
  if (link === null) return [];
  const context = link.client === null ? '' : `, client ${link.client}, debtor ${link.debtor ?? ''}`;
  return [`link: ${link.scheme}: number ${link.number}${context}${link.name === null ? '' : `, name ${link.name}`}`];
}

/** Only called once planFromInputs accepted the plan, so the settings are known to be valid. */
function describeNumberPlan(input: NumberPlanInput): string | null {
  const plan = parseNumberPlan(input);
  if (!plan.ok) return null;
  const { outsideLine, homeCountry, intlPrefix, uriForm } = plan.value;
  const parts = [
    outsideLine === null ? null : `outside line ${outsideLine}`,
    homeCountry === null ? null : `home country +${homeCountry}`,
    intlPrefix === null ? null : `international access code ${intlPrefix}`,
    uriForm === 'e164' ? 'links in E.164' : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

function send(plan: DialPlan, schemes: readonly string[], context: CliContext): Promise<SendResult> {
  if (plan.kind === 'udp') return sendDatagram(plan);
  return uriOpenerFor(context)(plan.uri, schemes);
}

function uriOpenerFor(context: CliContext): UriOpener {
  const openExternal = createPlatformOpener({ platform: context.platform, env: context.env });
  // Only Linux opens a link "successfully" with nothing to handle it; `open` and `start` report that
  // themselves, so elsewhere the check is skipped.
  const schemeHandler =
    context.platform === 'linux'
      ? (scheme: string) => linuxSchemeHandler(scheme, context.env)
      : () => Promise.resolve('the program the OS registered for it');
  return createUriOpener({ openExternal, schemeHandler });
}

function report(io: CliIo, result: SendResult): number {
  if (!result.ok) {
    io.stderr.write(`softphone: ${result.reason}\n`);
    // A target that is not one dialer (a broadcast of this computer's subnet) is a wrong Note 2, as the
    // broadcast and multicast addresses Note 2 refuses outright are: a usage error, nothing was sent.
    return result.code === NOT_UNICAST ? EXIT_USAGE : EXIT_FAILED;
  }
  io.stdout.write(`${result.detail}\n`);
  return EXIT_OK;
}
