import { useEffect, useState } from 'react';

/**
 * A value the first view can do without, computed once the page is idle; `initial` until then.
 * At 100k events, e.g. the actor filter's options take 0.1-0.2 s, which would otherwise run on
 * the main thread while the map is still loading.
 */
export function useIdleValue<I, T>(input: I, compute: (input: I) => T, initial: T): T {
  const [result, setResult] = useState<{ input: I; value: T } | null>(null);
  useEffect(() => {
    const run = () => setResult({ input, value: compute(input) });
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(run, 0);
      return () => clearTimeout(id);
    }
    // A page that is never idle still gets the value, later.
    const id = requestIdleCallback(run, { timeout: 10_000 });
    return () => cancelIdleCallback(id);
  }, [input, compute]);
  return result?.input === input ? result.value : initial;
}
