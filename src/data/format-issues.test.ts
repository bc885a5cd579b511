import { describe, expect, it } from 'vitest';
import { formatIssues, locate } from './format-issues';
import { placesSchema } from './schema';

describe('locate', () => {
  const input = { features: [{ id: 'a' }, { properties: {} }] };

  it('names the feature by id and gives the field path', () => {
    expect(locate(['features', 0, 'properties', 'names', 'en'], input)).toBe(
      'features[0] (id "a"): properties.names.en',
    );
  });

  it('falls back to the index when the feature has no id', () => {
    expect(locate(['features', 1, 'geometry'], input)).toBe('features[1]: geometry');
  });

  it('locates problems outside the features', () => {
    expect(locate(['views', 2, 'bounds'], input)).toBe('views.2.bounds');
    expect(locate([], input)).toBe('(root)');
  });
});

describe('formatIssues', () => {
  it('turns schema errors into located messages', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'Bad Id',
          geometry: { type: 'Point', coordinates: [200, 40] },
          properties: {
            names: { en: 'X' },
            kind: 'capital',
            coordSource: { title: 't', url: 'javascript:alert(1)' },
            coordPrecision: 'exact',
          },
        },
      ],
    };
    const result = placesSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const lines = formatIssues(result.error?.issues ?? [], bad);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^features\[0\] \(id "Bad Id"\): id: must be lower-case/),
        expect.stringMatching(/^features\[0\] \(id "Bad Id"\): geometry\.coordinates\.0: /),
        expect.stringMatching(/^features\[0\] \(id "Bad Id"\): properties\.coordSource\.url: /),
      ]),
    );
  });
});
