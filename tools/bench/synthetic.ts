/**
 * Norway at k times its size, for the scale benchmark: k times the libraries and the services,
 * built from the real registry and catalogue so everything stays valid. What grows is what can
 * grow: schools (and branches) and services. The 357 municipalities stay as they are: their
 * number is set by the state and only falls with mergers, the map can draw only real ones, and
 * each service page lists every municipality on purpose (where a service is missing is the
 * point). At 100x: about 70,000 libraries and 3,200 services.
 * The catalogue growing k times with the libraries is pessimistic on purpose: Norway's grows by a few
 * services a year, not with the number of libraries, but a page that grows as libraries x services
 * (a library page listing the catalogue) must show here, and it grows 100x at 10x.
 */
import { readFileSync } from 'node:fs';
import { CatalogueFile, type Catalogue } from '../../src/lib/dataset/catalogue';
import type { Registry, RegistrySchool } from '../../src/lib/dataset/registry';

export function scaleRegistry(registry: Registry, factor: number): Registry {
  const libraries = factor * (registry.municipalities.length + registry.schools.length);
  const schoolCount = libraries - registry.municipalities.length;
  const schools: RegistrySchool[] = [];
  for (let i = 0; i < schoolCount; i++) {
    const original = registry.schools[i % registry.schools.length]!;
    const copy = Math.floor(i / registry.schools.length);
    schools.push(copy === 0 ? original : { ...original, name: `${original.name} ${copy + 1}`, organisationNumber: String(700_000_000 + i) });
  }
  return { counties: registry.counties, municipalities: registry.municipalities, schools };
}

/**
 * Invented products, for the benchmark only (tools/bench/synthetic-services.json): no source places
 * them in the consortium's portfolio, so the site's catalogue and its demo never show them, but a
 * benchmark needs a catalogue the size of a grown consortium's.
 */
export function syntheticServices(): Catalogue {
  return CatalogueFile.parse(JSON.parse(readFileSync(new URL('./synthetic-services.json', import.meta.url), 'utf8')));
}

export function scaleCatalogue(real: Catalogue, factor: number): Catalogue {
  const invented = syntheticServices();
  const catalogue = {
    vendors: [...real.vendors, ...invented.vendors.filter((v) => !real.vendors.some((r) => r.name === v.name))],
    services: [...real.services, ...invented.services],
  };
  const extra = catalogue.services.length * (factor - 1);
  const vendors = [...catalogue.vendors];
  const services = [...catalogue.services];
  const bought = catalogue.services.filter((s) => s.funding === 'bought');
  for (let i = 0; i < extra; i++) {
    const model = bought[i % bought.length]!;
    const vendor = `${model.vendor} ${Math.floor(i / bought.length) + 2}`;
    if (!vendors.some((v) => v.name === vendor)) vendors.push({ name: vendor });
    services.push({ ...model, name: `${model.name} ${Math.floor(i / bought.length) + 2}`, vendor });
  }
  return { vendors, services };
}

/** Writes a registry in the committed files' format, for a pull to read. */
export function registryFiles(registry: Registry): { counties: string; municipalities: string; schools: string } {
  const csv = (rows: (string | number | null)[][]) =>
    rows.map((r) => r.map((v) => (v === null ? '' : String(v).includes(',') ? `"${v}"` : v)).join(',')).join('\n') + '\n';
  return {
    counties: csv([
      ['fylkesnummer', 'fylkesnavn', 'fylkesnavn_offisielt', 'folketall'],
      ...registry.counties.map((c) => [c.number, c.name, c.officialName, c.population]),
    ]),
    municipalities: csv([
      ['kommunenummer', 'kommunenavn', 'kortnavn', 'fylkesnummer', 'folketall'],
      ...registry.municipalities.map((m) => [m.number, m.name, m.shortName, m.countyNumber, m.population]),
    ]),
    schools: csv([
      ['organisasjonsnummer', 'skolenavn', 'kommunenummer', 'fylkesnummer', 'fylkeskommunal', 'antallelever', 'antallansatte', 'lat', 'lon'],
      ...registry.schools.map((s) => [s.organisationNumber, s.name, s.municipalityNumber, s.countyNumber, 'ja', s.students, s.staff, s.lat, s.lon]),
    ]),
  };
}
