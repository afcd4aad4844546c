/** vitest globalSetup: one PostgreSQL server for the whole run (see postgres-server.ts), stopped at the end. */
import type { TestProject } from 'vitest/node';
import { testPostgresServer, type PostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    postgresOwnServer: boolean;
  }
}

let server: PostgresServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  server = await testPostgresServer();
  project.provide('postgresAdminUrl', server.adminUrl);
  project.provide('postgresOwnServer', server.ownServer);
}

export function teardown(): void {
  server?.stop();
  server = null;
}
