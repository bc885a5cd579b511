import { useEffect, useState, type ReactNode } from 'react';

/** Renders its children once the page's load event has passed and the main thread is idle. */
export function AfterLoad({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let handle: number | undefined;
    const whenIdle = () => {
      handle = window.requestIdleCallback
        ? window.requestIdleCallback(() => setReady(true), { timeout: 3000 })
        : window.setTimeout(() => setReady(true), 0);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      if (handle !== undefined) {
        if (window.cancelIdleCallback) window.cancelIdleCallback(handle);
        else window.clearTimeout(handle);
      }
    };
  }, []);
  return ready ? children : null;
}
