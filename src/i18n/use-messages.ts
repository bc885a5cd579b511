import { useCallback } from 'react';
import type { Messages, Params } from './define-messages';
import { translate } from './define-messages';
import { useLocaleStore } from './locale-store';

/** t(key, params) in the current interface language; re-renders when the language changes. */
export function useMessages<K extends string>(messages: Messages<K>) {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback(
    (key: K, params?: Params) => translate(messages, locale, key, params),
    [messages, locale],
  );
}
