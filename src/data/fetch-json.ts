import type { z } from 'zod';
import { formatIssues } from './format-issues';

export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** Fetches a JSON file and validates it; every failure becomes a DataLoadError that says what went wrong. */
export async function fetchValidated<S extends z.ZodType>(
  url: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(`Could not reach ${url}: the network request failed.`, url);
  }
  if (!response.ok) {
    throw new DataLoadError(`Loading ${url} failed: HTTP ${response.status}.`, url);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(`${url} is not valid JSON (truncated or corrupted?).`, url);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = formatIssues(result.error.issues, json);
    throw new DataLoadError(`${url} does not match the dataset format.`, url, problems);
  }
  return result.data;
}
