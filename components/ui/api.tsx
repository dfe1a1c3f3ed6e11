// The one way components reach the background: a function with the protocol's types. Production uses
// lib/messaging/client `send`; component tests pass a fake that answers per message name.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { send } from '../../lib/messaging/client';
import type { MessageName, PayloadOf } from '../../lib/messaging/protocol';
import type { ResultOf } from '../../lib/messaging/results';

export type Api = <N extends MessageName>(name: N, payload: PayloadOf<N>) => Promise<ResultOf<N>>;

const ApiContext = createContext<Api>(send);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  return useContext(ApiContext);
}
