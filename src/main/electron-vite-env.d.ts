// electron-vite's module types: `import createWorker from './x.ts?nodeWorker'` (only the composition root uses it).
/// <reference types="electron-vite/node" />
