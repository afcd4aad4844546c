import { LINK_SCHEMES } from '../../shared/launcher-link.ts';

/**
 * The links in a command line: the OS starts the app (or a second instance, whose argv the first gets)
 * with the link as an argument, among Chromium's own switches, on Windows and Linux. Only arguments
 * that start with a scheme the app takes count; a switch or a path never becomes a call.
 */
export function linksInArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => {
    const colon = arg.indexOf(':');
    return colon > 0 && !arg.startsWith('-') && LINK_SCHEMES.includes(arg.slice(0, colon).toLowerCase());
  });
}
