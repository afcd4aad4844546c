import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createSoftphoneApi, type Subscribe } from './api.ts';

const subscribe: Subscribe = (event, listener) => {
  const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, handler);
  return () => {
    ipcRenderer.removeListener(event, handler);
  };
};

// The only Electron-specific lines: the renderer gets `window.softphone`, never ipcRenderer itself.
contextBridge.exposeInMainWorld('softphone', createSoftphoneApi((channel, payload) => ipcRenderer.invoke(channel, payload), subscribe));
