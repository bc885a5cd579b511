import { appRoot, dataRoot } from './asset-url';
import { dataSourceFrom, type DataSource } from './data-source';
import { datasetQuery } from './queries';
import { queryClient } from './query-client';

/** The dataset this page asks for: the bundled one, or the one its ?data= names. */
export function pageDataSource(): DataSource {
  return dataSourceFrom(location.search, location.href, dataRoot(appRoot()));
}

/**
 * Starts the dataset's download as the page's script runs, before React's first render and
 * the map's: the events file can only be asked for once the manifest has come, and after the
 * first render the main thread is busy setting up the map. The app's query picks up the same load.
 */
export function startLoadingDataset(): void {
  void queryClient.prefetchQuery(datasetQuery(pageDataSource().manifestUrl));
}
