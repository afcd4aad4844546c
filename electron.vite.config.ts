import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or other files: one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [
      react(),
      {
        // `electron-vite dev` only: React Refresh injects an inline preamble script, CSS arrives as <style>
        // tags and HMR talks over a websocket. Built files keep index.html's strict policy untouched.
        name: 'softphone-dev-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) =>
          html
            .replace("script-src 'self';", "script-src 'self' 'unsafe-inline';")
            .replace("style-src 'self';", "style-src 'self' 'unsafe-inline';")
            .replace("connect-src 'none';", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*;"),
      },
    ],
    build: {
      // electron-vite leaves the renderer unminified by default; minified it loads faster and is a third of the size.
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
