import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Electron stays at the edge: requiring it from plain Node starts a binary download, and everything below
    // the composition root is tested in Node. Only these files may import it (issue 13 item 7).
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['src/main/index.ts', 'src/main/startup-dialog.ts', 'src/main/electron-secret-box.ts', 'src/main/window/**', 'src/preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only the composition root (src/main/index.ts, startup-dialog.ts, electron-secret-box.ts, window/*) and src/preload/index.ts import electron: pass what a service needs as an argument.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared dial logic runs in main, renderer and CLI: it must stay free of platform imports.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'node:*', 'react', 'react-dom'] }],
    },
  },
);
