import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardDataView } from '@leadops/rules';
import { readFunctionFailure, type FunctionFailure } from './function-failure';
import type { RunFunction } from './run-function';
import type { WatchRecord } from './watch-record';

export const CARD_DATA_FUNCTION = 'card_data';

/** Errors that mean "set LeadOps up first" rather than "something broke". */
const NOT_SET_UP = new Set(['NOT_INSTALLED', 'NOT_CONFIGURED']);

export type CardDataState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'not_configured'; readonly failure: FunctionFailure }
  | { readonly kind: 'failed'; readonly failure: FunctionFailure }
  | { readonly kind: 'ready'; readonly data: CardDataView };

export interface CardData {
  readonly state: CardDataState;
  /** Reads again, showing the spinner: for "Try again" and the Refresh button. */
  readonly reload: () => void;
  /** Reads again behind the data already shown, which stays until the answer replaces it. */
  readonly refresh: () => void;
}

/**
 * Loads the contact's card data through the card_data function. Stale answers are dropped. With `watchRecord`,
 * the card re-reads (quietly) whenever the record changes, so an answer given on the handoff card, a re-route or
 * an edit of the contact shows on every card, not only the one that made it.
 */
export function useCardData(runFunction: RunFunction, contactId: string, userId: string, watchRecord?: WatchRecord): CardData {
  const [state, setState] = useState<CardDataState>({ kind: 'loading' });
  const request = useRef(0);
  const load = useCallback((quiet: boolean) => {
    const id = ++request.current;
    setState((shown) => (quiet && shown.kind === 'ready' ? shown : { kind: 'loading' }));
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
  const reload = useCallback(() => load(false), [load]);
  const refresh = useCallback(() => load(true), [load]);
  useEffect(() => {
    reload();
    return () => {
      request.current += 1;
    };
  }, [reload]);

  // The latest refresh and watcher, read when needed: the subscription is made once and outlives renders.
  const latestRefresh = useRef(refresh);
  latestRefresh.current = refresh;
  const watcher = useRef(watchRecord);
  watcher.current = watchRecord;
  useEffect(() => {
    let mounted = true;
    watcher.current?.(() => {
      if (mounted) latestRefresh.current();
    });
    return () => {
      mounted = false;
    };
  }, []);
  return { state, reload, refresh };
}
