import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, SITE_CONFIG_PATH } from './site-config';

const good = {
  contact: { name: 'Bibliotek24', url: 'https://bibliotek24.no/brukerstotte/' },
  accessibility: { lastTested: '2026-01-05', updated: '2026-01-06' },
};
const parse = (value: unknown) => parseSiteConfig(JSON.stringify(value), 'site.json');

describe('site configuration', () => {
  it("the repository's own file is valid and names an https contact", () => {
    const config = parseSiteConfig(readFileSync(SITE_CONFIG_PATH, 'utf8'), SITE_CONFIG_PATH);
    expect(config.contact.url ?? config.contact.email).toBeTruthy();
    if (config.contact.url) expect(config.contact.url).toMatch(/^https:\/\//);
  });

  it('accepts a page, an address, or both', () => {
    expect(parse(good).contact.url).toBe('https://bibliotek24.no/brukerstotte/');
    expect(parse({ ...good, contact: { name: 'B24', email: 'post@example.no' } }).contact.email).toBe('post@example.no');
  });

  it.each([
    ['no way to reach anyone', { name: 'B24' }, 'contact: expected url or email'],
    ['a javascript: address', { name: 'B24', url: 'javascript:alert(1)' }, 'contact.url'],
    ['plain http', { name: 'B24', url: 'http://bibliotek24.no/' }, 'contact.url'],
    ['a mailto: with extra recipients', { name: 'B24', email: 'mailto:a@b.no?cc=c@d.no' }, 'contact.email'],
    ['an empty name', { name: ' ', url: 'https://bibliotek24.no/' }, 'contact.name'],
  ])('refuses %s, naming the file and field', (_, contact, field) => {
    expect(() => parse({ ...good, contact })).toThrow(new RegExp(`^site\\.json: not a valid site configuration:[\\s\\S]*${field}`));
  });

  it.each([
    ['not a day', '2026-02-30'],
    ['another format', '05.01.2026'],
    ['in the future', '2999-01-01'],
  ])('refuses a test date that is %s', (_, lastTested) => {
    expect(() => parse({ ...good, accessibility: { ...good.accessibility, lastTested } })).toThrow(/accessibility\.lastTested/);
  });

  it('names the file when it is not JSON', () => {
    expect(() => parseSiteConfig('{', 'data/site.json')).toThrow(/^data\/site\.json: not valid JSON/);
  });
});
