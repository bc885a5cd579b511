import { useLocaleStore } from '../i18n/locale-store';
import { useUiStore } from '../state/ui-store';
import { urlStateOf } from '../url/use-url-sync';
import { viewSearch } from './embed-links';

/** The absolute address of the view on show, as a full page or as an embed. */
export function useViewUrl(embed: boolean): string {
  // urlStateOf reads the language too: re-render when it changes.
  useLocaleStore((s) => s.locale);
  const search = useUiStore((s) => viewSearch(urlStateOf(s), location.search, embed));
  return new URL(`${location.pathname}${search}`, location.href).href;
}
