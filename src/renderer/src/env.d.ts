// A global script (no top-level import), so these declarations apply to the whole renderer.

/** The preload's one object: the renderer's only way to reach main. */
interface Window {
  softphone: import('../../preload/api.ts').SoftphoneApi;
}

/** Plain CSS files imported for their side effect; Vite bundles them into one stylesheet. */
declare module '*.css';
