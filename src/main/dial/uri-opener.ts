import { COMMAND_HANDLER_WHY, isCommandHandlerScheme, isForbiddenScheme, isSchemeAllowed } from '../../shared/schemes.ts';
import { handlerLabel } from './scheme-handler.ts';
import { errorMessage, failed, sent, type SendResult } from './send-result.ts';

export type UriOpenerDeps = {
  openExternal: (uri: string) => Promise<void>;
  /** The program registered for a scheme, or null when none is. */
  schemeHandler: (scheme: string) => Promise<string | null>;
};

export type UriOpener = (uri: string, allowedSchemes: readonly string[]) => Promise<SendResult>;

/**
 * Hands a dial URI to the program the OS registered for its scheme. The scheme is checked against the
 * allow-list again here, at the last moment, so no path that builds a URI can open `file:` or `https:`.
 */
export function createUriOpener(deps: UriOpenerDeps): UriOpener {
  return async (uri, allowedSchemes) => {
    const scheme = schemeOf(uri);
    const refusal = refuseScheme(scheme, allowedSchemes);
    if (refusal) return refusal;
    const handler = await findHandler(deps, scheme);
    if (typeof handler !== 'string') return handler;
    try {
      await deps.openExternal(uri);
      // "handed to", not "opened": whether the softphone then places the call is out of the app's sight.
      return sent(`handed ${uri} to ${handlerLabel(handler)}`);
    } catch (error) {
      return failed(`Opening ${uri} failed: ${asSentence(errorMessage(error))}`, 'OPEN_FAILED');
    }
  };
}

function schemeOf(uri: string): string {
  const colon = uri.indexOf(':');
  return colon === -1 ? '' : uri.slice(0, colon).toLowerCase();
}

function refuseScheme(scheme: string, allowedSchemes: readonly string[]): SendResult | null {
  if (scheme === '') return failed('This link has no scheme such as "sip:"; nothing was opened.', 'SCHEME_NOT_ALLOWED');
  if (isSchemeAllowed(scheme, allowedSchemes)) return null;
  if (isCommandHandlerScheme(scheme)) {
    return failed(`The "${scheme}:" scheme ${COMMAND_HANDLER_WHY}; it is never opened for dialing.`, 'SCHEME_NOT_ALLOWED');
  }
  if (isForbiddenScheme(scheme)) {
    return failed(`"${scheme}:" links open files, web pages or scripts and are never opened for dialing.`, 'SCHEME_NOT_ALLOWED');
  }
  const list = allowedSchemes.map((s) => `${s}:`).join(', ') || 'none';
  return failed(`"${scheme}:" links are not on the allowed list (${list}); nothing was opened.`, 'SCHEME_NOT_ALLOWED');
}

async function findHandler(deps: UriOpenerDeps, scheme: string): Promise<string | SendResult> {
  try {
    const handler = await deps.schemeHandler(scheme);
    if (handler !== null) return handler;
  } catch (error) {
    return failed(`Could not find out which program handles "${scheme}:" links: ${asSentence(errorMessage(error))}`, 'HANDLER_CHECK_FAILED');
  }
  return failed(
    `No program on this computer handles "${scheme}:" links. Install a softphone or register one for ${scheme}:.`,
    'NO_HANDLER',
  );
}

function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
