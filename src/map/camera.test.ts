import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../data/schema';
import { OPENING_BOUNDS } from './camera';

const manifest = manifestSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/dataset.json'), 'utf8')),
);

describe('OPENING_BOUNDS', () => {
  it('is the bundled story’s default view, so the map does not jump when its data comes', () => {
    const view = manifest.views.find((v) => v.id === manifest.defaultView);
    expect(view?.bounds).toEqual(OPENING_BOUNDS);
  });
});
