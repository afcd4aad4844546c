import { contextBridge, ipcRenderer } from 'electron';
import { createSoftphoneApi } from './api.ts';

// The only Electron-specific line: the renderer gets `window.softphone`, never ipcRenderer itself.
contextBridge.exposeInMainWorld('softphone', createSoftphoneApi((channel, payload) => ipcRenderer.invoke(channel, payload)));
