/**
 * The preload's one narrow API, built on a bare `invoke`. Electron's preload passes
 * `ipcRenderer.invoke`; the browser harness passes a transport into the same main-process handlers.
 */
import type { DataLocationChoice } from '../shared/data-location.ts';
import { isMainEvent, type DeskLinksInput, type IpcChannel, type IpcReply, type IpcRequest, type IpcResponse, type MainEvent, type MainEvents } from '../shared/ipc-contract.ts';

export type Invoke = (channel: IpcChannel, payload: unknown) => Promise<unknown>;
/** Listens to one of main's events; returns the function that stops listening. Electron: ipcRenderer.on. */
export type Subscribe = (event: MainEvent, listener: (payload: unknown) => void) => () => void;

/** A refusal from main (bad input, forbidden, dial failure that is not a DialOutcome). */
export class IpcError extends Error {
  override name = 'IpcError';
}

export function createSoftphoneApi(invoke: Invoke, subscribe: Subscribe) {
  async function call<C extends IpcChannel>(channel: C, payload: IpcRequest<C>): Promise<IpcResponse<C>> {
    const reply = (await invoke(channel, payload)) as IpcReply<C>;
    if (!reply.ok) throw new IpcError(reply.error);
    return reply.value;
  }
  /** Only the contract's event names: the window cannot listen to any other channel of ipcRenderer. */
  function on<E extends MainEvent>(event: E, listener: (payload: MainEvents[E]) => void): () => void {
    if (!isMainEvent(event)) throw new IpcError(`Refused: ${String(event)} is not an event of Softphone Launcher.`);
    return subscribe(event, (payload) => listener(payload as MainEvents[E]));
  }
  return Object.freeze({
    on,
    appState: () => call('app:state', undefined),
    setupFirstAdmin: (setup: IpcRequest<'auth:setup'>) => call('auth:setup', setup),
    signIn: (code: string, password: string) => call('auth:sign-in', { code, password }),
    signOut: () => call('auth:sign-out', undefined),
    getOperator: (operatorId: number) => call('operator:get', { operatorId }),
    saveOperator: (operator: IpcRequest<'operator:save'>) => call('operator:save', operator),
    setOperatorPassword: (operatorId: number, password: string, passwordAgain: string) =>
      call('operator:set-password', { operatorId, password, passwordAgain }),
    auditTrail: (operatorId: number | null, limit: number) => call('audit:list', { operatorId, limit }),
    saveAllowedSchemes: (schemes: readonly string[]) => call('schemes:save', { schemes: [...schemes] }),
    searchDebtors: (query: string, offset: number, limit: number) => call('debtors:search', { query, offset, limit }),
    /** reason: the collector's answer to a warning (main checks the call again). */
    dialPhone: (phoneId: number, reason?: string) => call('dial:phone', { phoneId, ...(reason === undefined ? {} : { reason }) }),
    dialNumber: (number: string, reason?: string) => call('dial:number', { number, ...(reason === undefined ? {} : { reason }) }),
    testDial: (operatorId: number, number: string, debtor?: { readonly client: string; readonly debtor: string }) =>
      call('dial:test', { operatorId, number, ...debtor }),
    /** operatorId null: everyone's dials (administrators). */
    dialLog: (operatorId: number | null, offset: number, limit: number) => call('dial-log:list', { operatorId, offset, limit }),
    redial: (dialKey: string, reason?: string) => call('dial:redial', { dialKey, ...(reason === undefined ? {} : { reason }) }),
    setCallOutcome: (dialKey: string, outcome: IpcRequest<'dial:set-outcome'>['outcome'], note: string, consent = false) =>
      call('dial:set-outcome', { dialKey, outcome, note, consent }),
    schemeHandler: (scheme: string) => call('scheme:handler', { scheme }),
    workList: () => call('work-list:get', undefined),
    startWorkList: (query: string) => call('work-list:start', { query }),
    moveWorkList: (index: number) => call('work-list:move', { index }),
    stopWorkList: () => call('work-list:stop', undefined),
    // A debtor import (administrators): begin, send the file in base64 chunks, start, then poll the status.
    beginImport: (fileName: string, size: number) => call('import:begin', { fileName, size }),
    sendImportChunk: (importId: string, index: number, data: string) => call('import:chunk', { importId, index, data }),
    startImport: (importId: string) => call('import:start', { importId }),
    importStatus: (importId: string) => call('import:status', { importId }),
    cancelImport: (importId: string) => call('import:cancel', { importId }),
    // Calls from other programs, the hotkey and the tray: a card that waits for Enter.
    pendingLink: () => call('links:pending', undefined),
    confirmLink: (cardId: number, reason?: string) => call('links:confirm', { cardId, ...(reason === undefined ? {} : { reason }) }),
    dismissLink: (cardId: number) => call('links:dismiss', { cardId }),
    closeLinkRefusal: () => call('links:closeRefusal', undefined),
    // Where this desk keeps its data (administrators, or anyone during first-run setup); the view never holds the password.
    dataLocation: () => call('data-location:get', undefined),
    testDataLocation: (choice: DataLocationChoice) => call('data-location:test', choice),
    saveDataLocation: (choice: DataLocationChoice) => call('data-location:save', choice),
    deskLinks: () => call('desk-links:get', undefined),
    saveDeskLinks: (input: DeskLinksInput) => call('desk-links:save', { handlerSchemes: [...input.handlerSchemes], dialHotkey: input.dialHotkey }),
    callStatus: (phoneIds: readonly number[]) => call('calls:status', { phoneIds: [...phoneIds] }),
    markPhoneDoNotCall: (phoneId: number, doNotCall: boolean) => call('calls:mark-phone', { phoneId, doNotCall }),
    callSettings: () => call('calls:settings', undefined),
    operatorPlan: (operatorId: number) => call('calls:operator-plan', { operatorId }),
    /** null: the operator goes back to the floor's plan. */
    saveOperatorPlan: (operatorId: number, numberPlan: IpcRequest<'calls:save-operator-plan'>['numberPlan']) =>
      call('calls:save-operator-plan', { operatorId, numberPlan }),
    saveCallSettings: (settings: IpcRequest<'calls:save-settings'>) => call('calls:save-settings', settings),
  });
}

export type SoftphoneApi = ReturnType<typeof createSoftphoneApi>;
