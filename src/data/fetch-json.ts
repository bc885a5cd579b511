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
    if (isTimeout(signal)) throw new DataLoadError(`${url} took too long to answer.`, url);
    if (signal?.aborted) throw error;
    throw new DataLoadError(`Could not reach ${url}: the network request failed.`, url);
  }
  if (!response.ok) {
    throw new DataLoadError(`Loading ${url} failed: HTTP ${response.status}.`, url);
  }
  try {
    return await response.json();
  } catch (error) {
    if (isTimeout(signal)) throw new DataLoadError(`${url} took too long to load.`, url);
    if (signal?.aborted) throw error;
    throw new DataLoadError(`${url} is not valid JSON (truncated or corrupted?).`, url);
  }
}

function isTimeout(signal?: AbortSignal): boolean {
  return (
    signal?.aborted === true &&
    (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError'
  );
}
