import { useEffect, useState } from 'react';

/**
 * Copies text to the clipboard and says how it went in a status line that clears after a few
 * seconds. Returns the status text and the copy function.
 */
export function useCopyStatus(
  done: string,
  failed: string,
): [status: string, copy: (text: string) => Promise<void>] {
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(failed);
    }
  };
  return [status, copy];
}
