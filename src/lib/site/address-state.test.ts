import { describe, expect, it } from 'vitest';
import { MAX_STATE_LENGTH, withAddressState } from './address-state';

describe('withAddressState', () => {
  it("carries the current query string and hash to the other language's page", () => {
    expect(withAddressState('/en/tjenester/pressreader/', '?fylke=46&ar=2025', '#kart')).toBe('/en/tjenester/pressreader/?fylke=46&ar=2025#kart');
    expect(withAddressState('/sammenlign/', '?b=oslo-bibliotek&b=bergen-bibliotek', '')).toBe('/sammenlign/?b=oslo-bibliotek&b=bergen-bibliotek');
    expect(withAddressState('/nn/sok/', '?q=Troms%C3%B8', '')).toBe('/nn/sok/?q=Troms%C3%B8');
  });

  it("replaces the link's own query and hash, and drops them when the page has none", () => {
    expect(withAddressState('/en/kommuner/?q=old#x', '?q=new', '')).toBe('/en/kommuner/?q=new');
    expect(withAddressState('/en/kommuner/?q=old#x', '', '')).toBe('/en/kommuner/');
  });

  it('stays a path on the same site whatever the address holds', () => {
    for (const [search, hash] of [
      ['?q=//evil.example/', '#//evil.example'],
      ['?q=<script>alert(1)</script>', '#"><img src=x onerror=alert(1)>'],
      ['?next=https://evil.example', '#javascript:alert(1)'],
    ]) {
      const out = withAddressState('/en/', search!, hash!);
      expect(out.startsWith('/en/?')).toBe(true);
      expect(new URL(out, 'https://hvemharhva.no/').origin).toBe('https://hvemharhva.no');
      expect(out).not.toMatch(/[<>"\s]/);
    }
  });

  it('leaves a giant query or hash behind', () => {
    const giant = `?q=${'a'.repeat(MAX_STATE_LENGTH)}`;
    expect(withAddressState('/en/', giant, '#kart')).toBe('/en/#kart');
  });
});
