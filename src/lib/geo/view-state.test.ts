import { describe, expect, it } from 'vitest';
import { searchFromView, viewFromSearch, type MapView } from './view-state';

const options = { serviceIds: ['pressreader', 'filmbib'], categories: ['film'], countyNumbers: ['03', '46'], years: [2025, 2026] };
const home: MapView = { mode: 'breadth', kind: 'all', year: 2026 };

describe('map view in the URL', () => {
  it('writes only what differs from the page default, and reads it back', () => {
    expect(searchFromView(home, home)).toBe('');
    const view: MapView = { mode: 'service', serviceId: 'filmbib', kind: 'school', countyNumber: '46', year: 2025 };
    const search = searchFromView(view, home);
    expect(search).toBe('visning=tjeneste&tjeneste=filmbib&type=vgs&fylke=46&ar=2025');
    expect(viewFromSearch(search, home, options)).toEqual(view);
  });
  it('can clear a default the page has, such as the service of a service page', () => {
    const servicePage: MapView = { mode: 'service', serviceId: 'pressreader', kind: 'all', year: 2026 };
    const breadth: MapView = { mode: 'breadth', kind: 'all', year: 2026 };
    const search = searchFromView(breadth, servicePage);
    expect(viewFromSearch(search, servicePage, options)).toEqual(breadth);
  });
  it('ignores values the site does not have', () => {
    expect(viewFromSearch('tjeneste=nope&fylke=99&ar=1999&type=x&visning=y', home, options)).toEqual(home);
  });
  it('clears a default with an empty value and keeps it for an unknown one, for service, category and county alike', () => {
    const page: MapView = { mode: 'reach', category: 'film', kind: 'all', countyNumber: '46', year: 2026 };
    expect(viewFromSearch('kategori=&fylke=', page, options)).toEqual({ mode: 'reach', kind: 'all', year: 2026 });
    expect(viewFromSearch('kategori=nope&fylke=99', page, options)).toEqual(page);
    expect(viewFromSearch('fylke=03&tjeneste=filmbib', page, options)).toEqual({
      mode: 'reach',
      serviceId: 'filmbib',
      kind: 'all',
      countyNumber: '03',
      year: 2026,
    });
  });
  it('writes the baseline switch as gratis=med, reads only that value, and drops it where it means nothing', () => {
    const withFree: MapView = { ...home, baseline: true };
    expect(searchFromView(withFree, home)).toBe('gratis=med');
    expect(viewFromSearch('gratis=med', home, options)).toEqual(withFree);
    expect(viewFromSearch('gratis=ja', home, options)).toEqual(home);
    expect(viewFromSearch('gratis=med&visning=tjeneste&tjeneste=filmbib', home, options).baseline).toBeUndefined();
  });
});

describe('prototype names in the URL', () => {
  // Every name an object inherits, plus the ones an attacker tries first.
  const hostile = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
  it.each(hostile)('"%s" in any parameter falls back to the default view', (name) => {
    const search = new URLSearchParams({ visning: name, tjeneste: name, kategori: name, type: name, fylke: name, ar: name }).toString();
    expect(viewFromSearch(search, home, options)).toEqual(home);
    const servicePage: MapView = { mode: 'service', serviceId: 'pressreader', kind: 'school', countyNumber: '03', year: 2025 };
    expect(viewFromSearch(search, servicePage, options)).toEqual(servicePage);
  });
  it('reads a year only from plain digits', () => {
    for (const year of ['2025.0', ' 2025', '0x7e9', '2025e0', '+2025'])
      expect(viewFromSearch(`ar=${encodeURIComponent(year)}`, home, options).year, year).toBe(2026);
    expect(viewFromSearch('ar=2025', home, options).year).toBe(2025);
  });
});
