import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionFailure } from '../shared/function-failure';
import type { RunFunction } from '../shared/run-function';
import { callSettingsFunction } from './call-settings-function';
import type { SettingsReadAnswer } from './settings-answers';
import { SETTINGS_READ_FUNCTION } from './settings-functions';

export type SettingsReadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'not_installed'; readonly failure: FunctionFailure }
  | { readonly kind: 'failed'; readonly failure: FunctionFailure }
  | { readonly kind: 'ready'; readonly answer: SettingsReadAnswer };

/** The fields the page cannot open without; an answer lacking them comes from a different LeadOps version. */
function isReadAnswer(value: unknown): value is SettingsReadAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  return 'config' in answer && typeof answer['version'] === 'number' && Array.isArray(answer['history']) && typeof answer['mayChange'] === 'boolean';
}

/**
 * Reads the config, its history and the user's rights through settings_read. `reload` shows the spinner
 * (Try again); `refresh` keeps the page on screen while it re-reads (after a save or roll back). Stale
 * answers are dropped.
 */
export function useSettingsRead(runFunction: RunFunction, userId: string): { readonly state: SettingsReadState; readonly reload: () => void; readonly refresh: () => void } {
  const [state, setState] = useState<SettingsReadState>({ kind: 'loading' });
  const request = useRef(0);
  const read = useCallback(
    (quietly: boolean) => {
      const id = ++request.current;
      if (!quietly) setState({ kind: 'loading' });
      void callSettingsFunction<unknown>(runFunction, SETTINGS_READ_FUNCTION, { userId }).then((outcome) => {
        if (id !== request.current) return;
        if (!outcome.ok) setState({ kind: outcome.failure.code === 'NOT_INSTALLED' ? 'not_installed' : 'failed', failure: outcome.failure });
        else if (!isReadAnswer(outcome.value)) setState({ kind: 'failed', failure: { code: 'UNEXPECTED_ANSWER', message: 'settings_read answered in an unknown format.', fix: 'Deploy the same LeadOps version for the settings page and functions (`npm run deploy`).' } });
        else setState({ kind: 'ready', answer: outcome.value });
      });
    },
    [runFunction, userId],
  );
  useEffect(() => {
    read(false);
    return () => {
      request.current += 1;
    };
  }, [read]);
  const reload = useCallback(() => read(false), [read]);
  const refresh = useCallback(() => read(true), [read]);
  return { state, reload, refresh };
}
