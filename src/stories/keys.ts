/** The parts of an element that decide whether it uses the arrow keys itself. */
export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  closest?(selector: string): unknown;
}

const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'number', 'password']);
const ARROW_ROLES = new Set(['slider', 'spinbutton', 'listbox', 'menu', 'radiogroup', 'tablist']);

/**
 * True when the focused element uses ←/→ itself (text fields, selects, the timeline slider,
 * the map's canvas, which pans with them), so that a story must not take those keys.
 */
export function usesArrowKeys(target: KeyTarget | null): boolean {
  if (!target || typeof target.tagName !== 'string') return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  if (tag === 'input') {
    const type = (target.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUTS.has(type) || type === 'range' || type.startsWith('date') || type === 'time';
  }
  const role = target.getAttribute('role');
  if (role && ARROW_ROLES.has(role)) return true;
  return Boolean(target.closest?.('.maplibregl-canvas-container'));
}
