/** What went wrong, so that the interface can say it in the reader's language. */
export type LoadFailure =
  | { kind: 'network' | 'timeout' | 'json' | 'invalid' | 'no-manifest' | 'checker' }
  | { kind: 'http'; status: number };

export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly failure: LoadFailure,
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
    if (isTimeout(signal))
      throw new DataLoadError(`${url} took too long to answer.`, url, { kind: 'timeout' });
    if (signal?.aborted) throw error;
    throw new DataLoadError(`Could not reach ${url}: the network request failed.`, url, {
      kind: 'network',
    });
  }
  if (!response.ok) {
    throw new DataLoadError(`Loading ${url} failed: HTTP ${response.status}.`, url, {
      kind: 'http',
      status: response.status,
    });
  }
  try {
    return await response.json();
  } catch (error) {
    if (isTimeout(signal))
      throw new DataLoadError(`${url} took too long to answer.`, url, { kind: 'timeout' });
    if (signal?.aborted) throw error;
    throw new DataLoadError(`${url} is not valid JSON (truncated or corrupted?).`, url, {
      kind: 'json',
    });
  }
}

function isTimeout(signal?: AbortSignal): boolean {
  return (
    signal?.aborted === true &&
    (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError'
  );
}
