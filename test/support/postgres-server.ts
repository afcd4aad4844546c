/**
 * A real PostgreSQL server for the tests (no mock database).
 *
 * - SOFTPHONE_TEST_DATABASE_URL set: that server is used; it must let the URL's role create databases.
 * - Otherwise a server is started from Debian's `postgresql` package (initdb + pg_ctl from
 *   /usr/lib/postgresql/<version>/bin) in a temporary folder on a free port, and stopped afterwards.
 *   PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (or `nobody`).
 *
 * vitest starts one server per run (test/support/postgres-global-setup.ts); each test file makes its
 * own database on it with createTestDatabase().
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_DATABASE_URL_ENV = 'SOFTPHONE_TEST_DATABASE_URL';

export type PostgresServer = {
  /** A superuser URL (trusted from loopback) on the server's `postgres` database. */
  readonly adminUrl: string;
  readonly port: number;
  /** True for a server this module started (password auth for roles other than `postgres`). */
  readonly ownServer: boolean;
  stop(): void;
  /** Shuts the server down and keeps its data (a floor database going away mid-shift); only a server of our own. */
  halt(): void;
  /** Starts a halted server again, on the same port. */
  resume(): void;
};

/** The newest installed version's bin folder, or null when the package is not installed. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The user the server runs as: ourselves, or an unprivileged account when we are root. */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error('The tests run as root and there is neither a postgres nor a nobody user to run PostgreSQL as.');
}

function runAs(user: { name: string } | null, command: string, args: readonly string[]): void {
  const [file, argv] = user === null ? [command, args] : ['runuser', ['-u', user.name, '--', command, ...args]];
  try {
    execFileSync(file, [...argv], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr || String(error)}`, { cause: error });
  }
}

/**
 * Starts a throw-away server: superuser `postgres` trusted from loopback, every other role by password
 * (scram-sha-256), so wrong passwords are refused as on a real floor. `options.extraConfig` lines go
 * into postgresql.conf.
 */
export async function startPostgresServer(options: { extraConfig?: readonly string[] } = {}): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (bin === null) {
    throw new Error(
      `PostgreSQL is not installed: install Debian's postgresql package (apt-get install postgresql) or set ${TEST_DATABASE_URL_ENV}.`,
    );
  }
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'softphone-pg-'));
  if (user !== null) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  let port = await freePort();
  runAs(user, join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  writeFileSync(
    join(data, 'pg_hba.conf'),
    ['local all all trust', 'host all postgres 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join('\n'),
  );
  appendFileSync(
    join(data, 'postgresql.conf'),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 200',
      ...(options.extraConfig ?? []),
      '',
    ].join('\n'),
  );
  if (user !== null) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
  // The free port may be taken between freePort() and the server's bind (tests start servers side by side):
  // then the server exits at once, and a new port is tried. A later `port` line in postgresql.conf wins.
  for (let attempt = 1; ; attempt += 1) {
    try {
      runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      break;
    } catch (error) {
      const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
      if (attempt === 3 || !/could not bind|Address already in use|could not create any TCP\/IP sockets/.test(log)) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`${error instanceof Error ? error.message : String(error)}\nThe server's log:\n${log.slice(-2000)}`, { cause: error });
      }
      port = await freePort();
      appendFileSync(join(data, 'postgresql.conf'), `port = ${port}\n`);
    }
  }
  let stopped = false;
  let halted = false;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    ownServer: true,
    halt() {
      runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      halted = true;
    },
    resume() {
      runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      halted = false;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (!halted) runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The server named by SOFTPHONE_TEST_DATABASE_URL, or a new one of our own. */
export async function testPostgresServer(): Promise<PostgresServer> {
  const given = process.env[TEST_DATABASE_URL_ENV];
  if (given !== undefined && given !== '') {
    const notOurs = (): never => {
      throw new Error(`The server of ${TEST_DATABASE_URL_ENV} is not ours to stop: use startPostgresServer().`);
    };
    return { adminUrl: given, port: Number(new URL(given).port || 5432), ownServer: false, stop() {}, halt: notOurs, resume: notOurs };
  }
  return startPostgresServer();
}
