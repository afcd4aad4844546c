/** The lint rule that keeps Electron in the composition root, run by ESLint's own API on the project's config. */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });
const IMPORT = "import { app } from 'electron';\nexport const version = app.getVersion();\n";

async function restricted(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(IMPORT, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('electron only at the edge', () => {
  it.each(['src/main/index.ts', 'src/main/window/desk-edge.ts', 'src/main/startup-dialog.ts', 'src/main/electron-secret-box.ts', 'src/preload/index.ts'])('lets %s import electron', async (path) => {
    expect(await restricted(path)).toEqual([]);
  });

  it.each(['src/main/links/link-inbox.ts', 'src/main/dial/dial-service.ts', 'src/preload/api.ts', 'src/cli/dial-command.ts', 'src/shared/launcher-link.ts'])(
    'refuses electron in %s',
    async (path) => {
      expect(await restricted(path)).toHaveLength(1);
    },
  );
});
