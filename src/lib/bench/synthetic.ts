/**
 * Norway at k times its size, for the scale benchmark: more municipalities, schools and services,
 * built from the real registry and catalogue so everything stays valid. Municipality numbers have
 * four digits, so municipalities grow at most 25 times; beyond that, schools make up the rest of
 * the libraries (at 100x: about 70,000 libraries and 3,200 services).
 */
import type { Catalogue } from '../catalogue';
import type { Registry, RegistryMunicipality, RegistrySchool } from '../registry';

const MAX_MUNICIPALITY_FACTOR = 25;

export function scaleRegistry(registry: Registry, factor: number): Registry {
  const used = new Set(registry.municipalities.map((m) => m.number));
  let next = 1000;
  const freeNumber = () => {
    while (used.has(String(next))) next++;
    used.add(String(next));
    return String(next);
  };
  const municipalityFactor = Math.min(factor, MAX_MUNICIPALITY_FACTOR);
  const municipalities: RegistryMunicipality[] = [...registry.municipalities];
  for (let copy = 2; copy <= municipalityFactor; copy++) {
    for (const m of registry.municipalities) municipalities.push({ ...m, number: freeNumber(), name: `${m.name} ${copy}`, shortName: `${m.shortName} ${copy}` });
  }
  const libraries = factor * (registry.municipalities.length + registry.schools.length);
  const schoolCount = Math.max(registry.schools.length, libraries - municipalities.length);
  const schools: RegistrySchool[] = [];
  for (let i = 0; i < schoolCount; i++) {
    const original = registry.schools[i % registry.schools.length]!;
    const copy = Math.floor(i / registry.schools.length);
    schools.push(copy === 0 ? original : { ...original, name: `${original.name} ${copy + 1}`, organisationNumber: String(700_000_000 + i) });
  }
  const counties = registry.counties.map((c) => ({ ...c, population: c.population * municipalityFactor }));
  return { counties, municipalities, schools };
}

export function scaleCatalogue(catalogue: Catalogue, factor: number): Catalogue {
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
  const csv = (rows: (string | number | null)[][]) => rows.map((r) => r.map((v) => (v === null ? '' : String(v).includes(',') ? `"${v}"` : v)).join(',')).join('\n') + '\n';
  return {
    counties: csv([['fylkesnummer', 'fylkesnavn', 'fylkesnavn_offisielt', 'folketall'], ...registry.counties.map((c) => [c.number, c.name, c.officialName, c.population])]),
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
