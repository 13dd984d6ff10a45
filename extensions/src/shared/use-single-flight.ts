import { useCallback, useRef } from 'react';

/**
 * Runs one action at a time. A disabled button and a `busy` state are not enough: both change only
 * after a re-render, and a double click can arrive before it, sending the request twice (two saved
 * versions, two re-routes). The ref changes at once. Resolves undefined when the action was skipped.
 */
export function useSingleFlight(): <T>(work: () => Promise<T>) => Promise<T | undefined> {
  const running = useRef(false);
  return useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    try {
      return await work();
    } finally {
      running.current = false;
    }
  }, []);
}
