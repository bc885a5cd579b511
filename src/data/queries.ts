import { queryOptions } from '@tanstack/react-query';
import { fetchValidated } from './fetch-json';
import { manifestSchema, placesSchema } from './schema';

export function manifestQuery(dataBase: string) {
  return queryOptions({
    queryKey: ['manifest', dataBase],
    queryFn: ({ signal }) =>
      fetchValidated(new URL('dataset.json', dataBase).href, manifestSchema, signal),
    staleTime: Infinity,
  });
}

export function placesQuery(dataBase: string, file: string) {
  return queryOptions({
    queryKey: ['places', dataBase, file],
    queryFn: async ({ signal }) =>
      (await fetchValidated(new URL(file, dataBase).href, placesSchema, signal)).features,
    staleTime: Infinity,
  });
}
