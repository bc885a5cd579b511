import type { z } from 'zod';

type Path = readonly PropertyKey[];

/**
 * Turns schema issues into readable lines that locate the problem: the feature's id (or index
 * when it has none) and the field path inside it, e.g.
 *   features[3] (id "2016-04-02-talish"): properties.start: Invalid ISO datetime
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => `${locate(issue.path, input)}: ${issue.message}`);
}

export function locate(path: Path, input: unknown): string {
  const [list, index] = path;
  if ((list === 'features' || list === 'stories') && typeof index === 'number') {
    const feature = itemAt(input, list, index);
    const id = feature && typeof feature.id === 'string' ? ` (id "${feature.id}")` : '';
    const rest = path.slice(2).map(String).join('.');
    return `${list}[${index}]${id}${rest ? `: ${rest}` : ''}`;
  }
  return path.length ? path.map(String).join('.') : '(root)';
}

function itemAt(input: unknown, list: string, index: number): { id?: unknown } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const items = (input as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return undefined;
  const feature: unknown = items[index];
  return typeof feature === 'object' && feature !== null
    ? (feature as { id?: unknown })
    : undefined;
}
