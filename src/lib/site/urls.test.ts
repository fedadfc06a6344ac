import { describe, expect, it } from 'vitest';
import { embedPath, entityPath, entityUrl, libraryPath, municipalityPath, widgetKey } from './urls';

describe('site URLs', () => {
  it('builds each entity page from its segment and key', () => {
    expect(libraryPath('deichman-bjorvika')).toBe('/bibliotek/deichman-bjorvika/');
    expect(municipalityPath('0301')).toBe('/kommuner/0301/');
    expect(entityPath('vendor', 'pressreader')).toBe('/leverandorer/pressreader/');
    expect(entityPath('county', 'vestland')).toBe('/fylker/vestland/');
  });
  it('puts nynorsk and English under their prefix and bokmål at the root', () => {
    expect(entityUrl('nb', 'service', 'filmbib')).toBe('/tjenester/filmbib/');
    expect(entityUrl('nn', 'service', 'filmbib')).toBe('/nn/tjenester/filmbib/');
    expect(entityUrl('en', 'county', 'agder')).toBe('/en/fylker/agder/');
  });
  it('escapes a key that is not a plain slug rather than letting it change the path', () => {
    expect(libraryPath('a/../b?x')).toBe('/bibliotek/a%2F..%2Fb%3Fx/');
  });
  it('builds latest and frozen embed paths from a widget key', () => {
    expect(widgetKey({})).toBe('');
    expect(widgetKey({ service: 'filmbib' })).toBe('tjenester/filmbib/');
    expect(widgetKey({ county: 'agder' })).toBe('fylker/agder/');
    expect(embedPath('nb', widgetKey({ service: 'filmbib' }))).toBe('/embed/tjenester/filmbib/');
    expect(embedPath('en', '', 'abc123')).toBe('/en/embed/v/abc123/');
  });
});
