/**
 * Typing works the same everywhere (issue 16 point 7): the same queries, typed into every field where
 * a person types a place or library, find the same place. Each field uses the one matcher
 * (src/lib/search/match.ts): the home search's index, the map's "Finn en kommune" and the
 * municipality list's filter. Compare's field joins this table when it uses the matcher too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let page: Page;

useBrowser((opened) => ({ page } = opened));

const official = (shortName: string) => data.dataset.municipalities.find((m) => m.shortName === shortName || m.name.split(' - ').includes(shortName))!.name;

/** What people type for a municipality: its letters as Latin letters or left out, Sami and Kven names, "kommune". */
const PLACE_QUERIES: [query: string, municipality: string][] = [
  ['barum', official('Bærum')],
  ['BRUM', official('Bærum')],
  ['Bærum kommune', official('Bærum')],
  ['tromsoe', official('Tromsø')],
  ['Aalesund', official('Ålesund')],
  ['ryrvik', official('Røyrvik')],
  ['karasjohka', official('Karasjok')],
  ['Guovdageaidnu', official('Kautokeino')],
  ['Omasvuono', official('Storfjord')], // Kven
  ['Porsanki', official('Porsanger')], // Kven
  ['raisi', official('Nordreisa')], // Kven
];

/** Each field: open its page, type the query, return the names it offers. */
interface Field {
  name: string;
  offers(query: string): Promise<string[]>;
}

const homeSearch: Field = {
  name: 'home search',
  async offers(query) {
    const box = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
    if (!page.url().endsWith(`${baseUrl}/`)) await page.goto(`${baseUrl}/`);
    await box.fill('');
    await box.focus();
    await box.fill(query);
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/treff/);
    return page.locator('.library-search__option > span:first-child').allInnerTexts();
  },
};

const mapChooser: Field = {
  name: 'map chooser',
  async offers(query) {
    if (!page.url().endsWith(`${baseUrl}/`)) await page.goto(`${baseUrl}/`);
    const input = page.getByRole('combobox', { name: 'Finn en kommune' });
    await input.fill(query);
    return page.locator('.map-chooser [role="option"]').allInnerTexts();
  },
};

const municipalityFilter: Field = {
  name: 'municipality list filter',
  async offers(query) {
    if (!page.url().includes('/kommuner/')) await page.goto(`${baseUrl}/kommuner/`);
    await page.getByRole('searchbox', { name: 'Kommune eller bibliotek' }).fill(query);
    return page.locator('#municipality-list li:not([hidden]) a').allInnerTexts();
  },
};

describe.each([homeSearch, mapChooser, municipalityFilter])('$name', (field) => {
  it.each(PLACE_QUERIES)('"%s" offers %s', async (query, municipality) => {
    const offered = (await field.offers(query)).map((s) => s.trim());
    expect(offered).toContain(municipality);
  });

  it('offers nothing for a place that is not there, and not everything for a short query', async () => {
    expect(await field.offers('qxzqxz')).toEqual([]);
    const offered = await field.offers('bergen');
    expect(offered).toContain(official('Bergen'));
    expect(offered).not.toContain(official('Tromsø'));
  });
});

describe('a library or school typed with abbreviations and without Norwegian letters', () => {
  const schools: [query: string, name: string][] = [
    ['kongsberg vgs', 'Kongsberg videregående skole'],
    ['Kongsberg vg. skole', 'Kongsberg videregående skole'],
    ['sogndal vgs.', 'Sogndal vidaregåande skule'],
    ['sogndal videregående skole', 'Sogndal vidaregåande skule'],
    ['byasen vidaregaande', 'Byåsen videregående skole'],
  ];
  it.each(schools)('home search: "%s" offers %s', async (query, name) => {
    expect(data.dataset.libraries.some((l) => l.name === name)).toBe(true);
    expect(await homeSearch.offers(query)).toContain(name);
  });

  it("the municipality list finds a municipality by its public library's name typed without letters", async () => {
    const tromso = data.dataset.libraries.find((l) => l.kind === 'public' && l.servesMunicipalities.includes('5501'))!;
    const typed = tromso.name.toLowerCase().replace(/ø/g, 'o');
    expect(await municipalityFilter.offers(typed)).toContain(official('Tromsø'));
  });
});

describe("a county's library tables filter with the same matcher", () => {
  it('finds a library and a school typed without Norwegian letters or with abbreviations', async () => {
    const county = data.dataset.counties.find((c) => c.name === 'Akershus')!;
    await page.goto(`${baseUrl}/fylker/${county.slug}/`);
    const matrix = (id: string) => page.locator('[data-matrix]').filter({ has: page.locator(`#${id}`) });
    await matrix('matrix-public').locator('[data-matrix-filter]').fill('brum');
    // The home search's tolerance (one slip in four letters) may let a near name through too; Bærum is there.
    const shown = await matrix('matrix-public').locator('tbody tr:not([hidden]) th').allInnerTexts();
    expect(shown).toContain('Bærum bibliotek');
    expect(shown.length).toBeLessThanOrEqual(3);
    const school = data.dataset.libraries.find((l) => l.kind === 'school' && l.countyNumber === county.number && / videregående skole$/.test(l.name))!;
    const typed = school.name.replace(/ videregående skole$/, ' vgs').replace(/[æøå]/gi, (c) => ({ æ: 'ae', ø: 'o', å: 'a' })[c.toLowerCase()] ?? c);
    await matrix('matrix-school').locator('[data-matrix-filter]').fill(typed);
    expect(await matrix('matrix-school').locator('tbody tr:not([hidden]) th').allInnerTexts()).toContain(school.name);
  });
});
