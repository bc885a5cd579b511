import { describe, expect, it } from 'vitest';
import { dataSourceFrom } from './data-source';

const page = 'https://maps.example.org/loc/?event=x';
const base = 'https://maps.example.org/loc/data/';

describe('dataSourceFrom', () => {
  it('uses the bundled dataset without ?data=', () => {
    expect(dataSourceFrom('?event=x', page, base)).toEqual({
      kind: 'bundled',
      manifestUrl: 'https://maps.example.org/loc/data/dataset.json',
    });
  });

  it('opens a same-origin dataset by path, and a folder by its dataset.json', () => {
    expect(dataSourceFrom('?data=other/dataset.json', page, base).manifestUrl).toBe(
      'https://maps.example.org/loc/other/dataset.json',
    );
    expect(dataSourceFrom('?data=/datasets/2020/', page, base).manifestUrl).toBe(
      'https://maps.example.org/datasets/2020/dataset.json',
    );
  });

  it('accepts https datasets from elsewhere', () => {
    expect(dataSourceFrom('?data=https://data.example.net/acled.json', page, base)).toMatchObject({
      kind: 'remote',
      manifestUrl: 'https://data.example.net/acled.json',
    });
  });

  it('refuses other schemes and plain http from other sites, falling back to the bundled data', () => {
    for (const bad of [
      'javascript:alert(1)',
      'http://evil.example/d.json',
      'file:///etc/passwd',
      'data:,{}',
    ]) {
      const source = dataSourceFrom(`?data=${encodeURIComponent(bad)}`, page, base);
      expect(source.kind, bad).toBe('refused');
      expect(source.manifestUrl).toBe('https://maps.example.org/loc/data/dataset.json');
    }
  });
});
