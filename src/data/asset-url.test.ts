import { describe, expect, it } from 'vitest';
import { appRoot, dataRoot } from './asset-url';

describe('appRoot', () => {
  it('resolves the build’s base path against the page, without query or hash', () => {
    expect(appRoot('/', 'http://example.org/?event=x#y')).toBe('http://example.org/');
    expect(appRoot('/line-of-contact/', 'https://a.github.io/line-of-contact/?t=1')).toBe(
      'https://a.github.io/line-of-contact/',
    );
  });

  it('handles a relative base from a nested page', () => {
    expect(appRoot('./', 'http://h/app/index.html')).toBe('http://h/app/');
  });

  it('puts the dataset in data/ under the root', () => {
    expect(dataRoot('http://h/app/')).toBe('http://h/app/data/');
  });
});
