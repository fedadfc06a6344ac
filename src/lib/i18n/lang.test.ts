import { describe, expect, it } from 'vitest';
import { localePath, splitLocalePath } from './lang';

describe('localePath and splitLocalePath', () => {
  it('keep bokmål at the root and prefix nynorsk and English', () => {
    expect(localePath('nb', '/tjenester/filmbib/')).toBe('/tjenester/filmbib/');
    expect(localePath('nn', '/tjenester/filmbib/')).toBe('/nn/tjenester/filmbib/');
    expect(localePath('en', '/')).toBe('/en/');
  });
  it('round-trip', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(splitLocalePath(localePath(lang, '/fylker/agder/'))).toEqual({ lang, path: '/fylker/agder/' });
    }
    expect(splitLocalePath('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLocalePath('/nnn/')).toEqual({ lang: 'nb', path: '/nnn/' });
  });
});
