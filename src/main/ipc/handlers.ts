import type { AppState, IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc-contract.ts';
import { isSchemeSyntax } from '../../shared/schemes.ts';
import type { AppServices } from '../app-services.ts';
import { operatorMode } from '../services/operator-mode.ts';
import { saveOperator } from '../services/operator-service.ts';
import { Refusal } from '../services/refusal.ts';

export type Handlers = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** One function per channel; the payload has already passed the contract's schema and the sender check. */
export function createHandlers(services: AppServices): Handlers {
  const { store, session, dialService } = services;
  return {
    'app:state': () => appState(services),
    'session:choose': ({ operatorId }) => {
      if (store.operators.get(operatorId) === null) throw new Refusal(`Operator ${operatorId} does not exist.`);
      session.choose(operatorId);
      return appState(services);
    },
    'operator:get': ({ operatorId }) => {
      const operator = store.operators.get(operatorId);
      if (operator === null) throw new Refusal(`Operator ${operatorId} does not exist.`);
      return operator;
    },
    'operator:save': (request) => saveOperator(store, request),
    'debtors:search': ({ query, offset, limit }) => store.debtors.search(query, offset, limit),
    'dial:phone': ({ phoneId }) => dialService.dialPhone(session.requireOperatorId(), phoneId),
    'dial:number': ({ number }) => dialService.dialNumber(session.requireOperatorId(), number),
    'dial:test': ({ operatorId, number }) => dialService.dialNumber(operatorId, number),
    'dial-log:list': ({ limit }) => store.dialLog.list(limit),
    'scheme:handler': async ({ scheme }) => {
      const lower = scheme.toLowerCase();
      if (!isSchemeSyntax(lower)) throw new Refusal(`"${scheme}" is not a scheme name.`);
      return { scheme: lower, handler: await services.schemeHandler(lower) };
    },
  };
}

function appState({ store, session, notices }: AppServices): AppState {
  const allowedSchemes = store.settings.allowedSchemes();
  const operators = store.operators.list().map((o) => ({
    id: o.id,
    code: o.code,
    name: o.name,
    useSoftphone: o.useSoftphone,
    mode: operatorMode(o, allowedSchemes),
  }));
  const chosen = operators.find((o) => o.id === session.operatorId());
  const sessionInfo = chosen ? { operatorId: chosen.id, name: chosen.name, mode: chosen.mode } : null;
  return { session: sessionInfo, operators, allowedSchemes, notices };
}
