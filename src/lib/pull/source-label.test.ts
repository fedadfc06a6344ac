import { describe, expect, it } from 'vitest';
import { safeFileName } from '../source/fetch';
import { sourceLabel } from './source-label';

describe('the source label', () => {
  it('is the consortium and the file name for a URL, the file name for a local file, or what is configured', () => {
    expect(sourceLabel('https://host/s/abc/export.csv', 'export.csv')).toEqual({ label: 'Bibliotek24: export.csv' });
    expect(sourceLabel('data/source/demo-export.csv', 'demo-export.csv')).toEqual({ label: 'demo-export.csv' });
    expect(sourceLabel('https://host/x.csv', 'x.csv', '  Bibliotek24, nattlig eksport ')).toEqual({ label: 'Bibliotek24, nattlig eksport' });
    expect(sourceLabel('https://host/x.csv', 'x.csv', '')).toEqual({ label: 'Bibliotek24: x.csv' });
  });

  it('refuses a configured label that is an address, too long, or carries control or direction characters', () => {
    for (const bad of ['https://host/s/key/export.csv', 'ftp://host', 'user@host', 'x'.repeat(121), 'Bibliotek24\u202e', 'a\nb']) {
      expect(sourceLabel('https://host/x.csv', 'x.csv', bad), JSON.stringify(bad)).toHaveProperty('problem');
    }
  });
});

describe('the file name a URL is known by', () => {
  it('is its last segment when that looks like an export file name, otherwise export with its extension', () => {
    const name = (address: string) => safeFileName(new URL(address));
    expect(name('https://host/s/key/Eksport%202026-11-25.csv')).toBe('Eksport 2026-11-25.csv');
    expect(name('https://host/files/abonnementer.xlsx?sig=1')).toBe('abonnementer.xlsx');
    expect(name('https://host/s/3f2a9c1b-77d0-4e2a-9b1c-5d0e8f7a6b21.csv')).toBe('export.csv');
    expect(name('https://host/download/a91f3c77b2e0d45c')).toBe('export');
    expect(name('https://host/dl/AbC123xYz789QwE.xlsx')).toBe('export.xlsx');
    expect(name('https://host/')).toBe('export');
  });
});
