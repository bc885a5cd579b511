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
  if (path[0] === 'features' && typeof path[1] === 'number') {
    const index = path[1];
    const feature = featureAt(input, index);
    const id = feature && typeof feature.id === 'string' ? ` (id "${feature.id}")` : '';
    const rest = path.slice(2).map(String).join('.');
    return `features[${index}]${id}${rest ? `: ${rest}` : ''}`;
  }
  return path.length ? path.map(String).join('.') : '(root)';
}

function featureAt(input: unknown, index: number): { id?: unknown } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const features = (input as { features?: unknown }).features;
  if (!Array.isArray(features)) return undefined;
  const feature: unknown = features[index];
  return typeof feature === 'object' && feature !== null
    ? (feature as { id?: unknown })
    : undefined;
}
