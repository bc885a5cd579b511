/** Writes a synthetic dataset of n events into outDir (seeded); returns the number of events. */
export function generateDataset(
  sourceDir: string,
  outDir: string,
  n: number,
  seed?: number,
): number;
