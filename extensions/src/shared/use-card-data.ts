import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardDataView } from '@leadops/rules';
import { readFunctionFailure, type FunctionFailure } from './function-failure';
import type { RunFunction } from './run-function';

export const CARD_DATA_FUNCTION = 'card_data';

/** Errors that mean "set LeadOps up first" rather than "something broke". */
const NOT_SET_UP = new Set(['NOT_INSTALLED', 'NOT_CONFIGURED']);

export type CardDataState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'not_configured'; readonly failure: FunctionFailure }
  | { readonly kind: 'failed'; readonly failure: FunctionFailure }
  | { readonly kind: 'ready'; readonly data: CardDataView };

/** Loads the contact's card data through the card_data function; `reload` asks again. Stale answers are dropped. */
export function useCardData(runFunction: RunFunction, contactId: string, userId: string): { readonly state: CardDataState; readonly reload: () => void } {
  const [state, setState] = useState<CardDataState>({ kind: 'loading' });
  const request = useRef(0);
  const load = useCallback(() => {
    const id = ++request.current;
    setState({ kind: 'loading' });
    // A function runner may also throw synchronously (outside HubSpot): treat it like a rejection.
    Promise.resolve()
      .then(() => runFunction(CARD_DATA_FUNCTION, { contactId, userId }))
      .then((answer) => {
        if (id !== request.current) return;
        const failure = readFunctionFailure(answer);
        if (failure) setState({ kind: NOT_SET_UP.has(failure.code) ? 'not_configured' : 'failed', failure });
        else setState({ kind: 'ready', data: answer as CardDataView });
      })
      .catch((error: unknown) => {
        if (id !== request.current) return;
        setState({ kind: 'failed', failure: { code: 'FUNCTION_UNREACHABLE', message: `LeadOps could not be reached: ${error instanceof Error ? error.message : String(error)}`, fix: 'Reload the record; check that the project is deployed.' } });
      });
  }, [runFunction, contactId, userId]);
  useEffect(() => {
    load();
    return () => {
      request.current += 1;
    };
  }, [load]);
  return { state, reload: load };
}
