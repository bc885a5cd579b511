import { QueryClient } from '@tanstack/react-query';

/** The one client: the page starts the dataset's load with it before React renders. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 2, refetchOnWindowFocus: false } },
});
