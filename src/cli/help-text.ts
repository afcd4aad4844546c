/** What `--help` prints: the Note 2 syntax and the examples of the Collect! softphone help page. */

const NOTE2_SYNTAX = `Note 2 syntax (the operator's "Note 2" field when "Use softphone for dialer" is on):
  sip:  sips:  tel:  callto:           protocol prefix: the number is appended and the link is
                                       handed to the program registered for it
  sip:{number}@pbx.example.com         template: {number} is replaced by the number
  UDP:/host:port:extension             send "extension,number" to host:port as one UDP datagram
  UDP:/host:port:extension#authcode    also send ClientNumber[4]DebtorNumber[8], always 12 digits:
                                       the last 4 digits of the client number and the last 8 of the
                                       debtor file number, zero-padded; ignored without both
  Also accepted: UDP/:host:port;extension. IPv6 hosts go in brackets: UDP:/[::1]:1544:452.
  Numbers lose spaces, - . ( ) /; letters become keypad digits after at least 3 digits
  (1-800-FLOWERS); a word such as "unknown" or "NULL" is not a phone number.`;

const EXAMPLES = `Examples (Note 2 and number -> what is sent):
  UDP:/192.168.2.122:1544:452            555-123-7777                    -> 452,5551237777
  UDP:/192.168.2.122:1544:452#authcode   5551237777, client 1234,
                                         debtor 12345678                 -> 452,5551237777,123412345678
  UDP:/192.168.2.122:1544:109#authcode   716-698-3877, client 24,
                                         debtor 4585                     -> 109,7166983877,002400004585
  UDP:/192.168.2.122:1544:109#authcode   716-698-3877, no client/debtor  -> 109,7166983877
  sip:                                   716-698-3877                    -> sip:7166983877

  softphone dial --note2 UDP:/192.168.2.122:1544:452 --number 555-123-7777
  softphone dial --note2 'UDP:/192.168.2.122:1544:109#authcode' --number 716-698-3877 --client 24 --debtor 4585
  softphone dial --note2 sip: --number 716-698-3877
  softphone dial --note2 sip: --number 716-698-3877 --dry-run
  softphone dial --link 'softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585' \\
                 --note2 'UDP:/192.168.2.122:1544:109#authcode'   -> 109,7166983877,002400004585
  softphone dial --link tel:+1-716-698-3877 --note2 sip: --dry-run   -> uri: sip:+17166983877
  (Quote a Note 2 holding # or ; so the shell passes it whole.)`;

const EXIT_STATUS = `Exit status: 0 sent, 1 sending failed (the reason is on stderr; a port where nothing
listens is a failure), 2 bad Note 2 (a broadcast, multicast or unspecified target too), number,
client, debtor or usage (nothing was sent).`;

export const USAGE = `Usage:
  softphone dial --note2 TEXT --number PHONE [--client N] [--debtor N] [--dry-run] [--schemes LIST]
  softphone dial --note2 TEXT --link URI [--dry-run] [--schemes LIST]
                [--outside-line DIGITS] [--home-country CODE] [--intl-prefix DIGITS] [--uri-e164]
  softphone listen [--host H] [--port P] [--count N] [--json]
  softphone import FILE --db PATH|URL
  softphone log --db PATH|URL [--since DATE] [--format csv|json]
  softphone check --db PATH|URL --debtor FILE_NUMBER [--phone NUMBER] [--at ISO-8601] [--json]
  softphone floor init --db URL [--desk-role NAME] [--desk-password PASSWORD]
  softphone <command> --help
`;

export const MAIN_HELP = `softphone - dial the way Collect!'s "Use softphone for dialer" does, from a terminal.

${USAGE}
Commands:
  dial     Dial one number through a Note 2: send the UDP dial string or open the sip:/tel: link.
  listen   Act as a UDP dialer: print every dial string that arrives, and what it means.
  import   Import debtors from a CSV file into the app's database (a folder, or a postgres:// URL).
  log      Export the dial log as CSV or JSON.
  check    Say whether a call to a debtor is allowed now (or --at), and every reason (Reg F, hours, do-not-call).
  floor    Set up a PostgreSQL database for a call floor (floor init), with its desk role.

${NOTE2_SYNTAX}

${EXAMPLES}

${EXIT_STATUS}
`;

export const DIAL_HELP = `Usage: softphone dial --note2 TEXT --number PHONE [options]
       softphone dial --note2 TEXT --link URI [options]

Dials one number the way an operator's Note 2 says: sends "extension,number[,authcode]" as a UDP
datagram, or opens the sip:/tel: link with the program registered for it.

Options:
  --note2 TEXT     the operator's Note 2 (required)
  --number PHONE   the phone number to dial (required unless --link is given)
  --client N       client number, for #authcode (digits)
  --debtor N       debtor file number, for #authcode (digits)
  --link URI       instead of --number/--client/--debtor: a link as another program hands it to
                   the app, read by the app's own link parser:
                     softphone-launcher://dial?number=716-698-3877&client=24&debtor=4585
                     tel:+1-716-698-3877   callto:7166983877   sip:7166983877@pbx.example.com
                   a bad number, a client or debtor that is not digits, an unknown parameter
                   or a link over 2048 characters is refused with the reason (exit 2)
  --dry-run        print the target and the exact payload or link; send nothing
  --schemes LIST   allowed link schemes, comma-separated (default: sip,sips,tel,callto);
                   file, http, https, javascript and the like are never allowed
  -h, --help       show this help

Dial plan (all optional; without them every number goes out exactly as typed):
  --outside-line DIGITS  dialed before every outside number, e.g. 9 (never in a tel: link)
  --home-country CODE    the floor's country calling code (1) or country (US); numbers are then read
                         with libphonenumber: domestic ones go out as the national number, foreign
                         ones as the access code + country code + number
  --intl-prefix DIGITS   the international access code from the home country, e.g. 011 or 00
  --uri-e164             sip: and other links carry +E.164 instead of the dialer form
                         (tel: links always carry +E.164 once a home country is set)
  With --outside-line 9 --home-country 1 --intl-prefix 011 and UDP:/192.168.2.122:1544:452:
    716-698-3877      -> 452,97166983877
    +44 20 7946 0018  -> 452,9011442079460018
  and with tel:, 716-698-3877 -> tel:+17166983877

Prints what it sent, e.g.  sent "452,5551237777" to 192.168.2.122:1544 (udp4)  or  handed sip:7166983877 to linphone

${NOTE2_SYNTAX}

${EXAMPLES}

${EXIT_STATUS}
`;

export const LISTEN_HELP = `Usage: softphone listen [--host H] [--port P] [--count N] [--json]

Stands in for a UDP dialer: prints every datagram it receives with the sender, the raw payload and
the fields a dialer reads from it (extension, number, authcode), or what is wrong with it.

Options:
  --host H      address to listen on (default 127.0.0.1; ::1 or [::1] for IPv6)
  --port P      port to listen on (default 1544; 0 picks a free port)
  --count N     exit after N datagrams
  --json        one JSON object per datagram on stdout
  -h, --help    show this help

"listening on HOST:PORT" goes to stderr once the socket is ready. Ctrl-C stops it (exit 0).

Example:
  softphone listen --port 1544
  softphone dial --note2 UDP:/127.0.0.1:1544:452 --number 555-123-7777     (in another terminal)
`;
