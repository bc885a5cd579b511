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

/** Fetches a JSON file; every failure becomes a DataLoadError that says what went wrong. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
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
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(`${url} is not valid JSON (truncated or corrupted?).`, url);
  }
}
