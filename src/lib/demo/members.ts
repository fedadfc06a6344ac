/**
 * The members of the demo export (fictitious but shaped like the real ones): every municipality's
 * public library (a few shared by two small neighbours) and every county-run school's library,
 * each with an invented contact person (which the pull must drop). Who buys what is decided in
 * demo-export.ts, to the published figures.
 */
import type { Random } from './random';
import { pick } from './random';
import type { Registry, RegistryMunicipality } from '../dataset/registry';
import { slugify } from '../slug';

export const MEMBER_TYPE_PUBLIC = 'Folkebibliotek';
export const MEMBER_TYPE_SCHOOL = 'Videregående skole';

export interface Member {
  name: string;
  libraryNumber: string;
  type: typeof MEMBER_TYPE_PUBLIC | typeof MEMBER_TYPE_SCHOOL;
  municipalityNumbers: string[];
  organisationNumber: string;
  size: number;
  contact: { name: string; email: string; phone: string };
}

const FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Anders',
  'Marit',
  'Nils',
  'Astrid',
  'Per',
  'Silje',
  'Jonas',
  'Hanne',
  'Erik',
  'Liv',
  'Magnus',
  'Ragnhild',
  'Trond',
  'Solveig',
  'Øystein',
  'Åse',
  'Bjørn',
  'Elin',
  'Håkon',
];
const LAST_NAMES = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Berg',
  'Haugen',
  'Hagen',
  'Bakken',
  'Strand',
  'Solberg',
  'Lie',
  'Dahl',
  'Sæther',
  'Løken',
  'Ødegård',
  'Aasen',
];

/**
 * `knownAs`: library id -> the names it is known by (aliases.ts); the demo names a library by the
 * first, as a person would type it ("Deichman" for Oslo), where a public source gives one.
 */
export function makePublicMembers(registry: Registry, random: Random, sharedLibraries: number, knownAs: ReadonlyMap<string, string[]> = new Map()): Member[] {
  const municipalities = [...registry.municipalities].sort((a, b) => compare(a.number, b.number));
  const pairs = chooseIntermunicipalPairs(municipalities, random, sharedLibraries);
  const pairedWith = new Map<string, RegistryMunicipality>();
  for (const [a, b] of pairs) pairedWith.set(a.number, b);
  const secondInPair = new Set(pairs.map(([, b]) => b.number));

  const members: Member[] = [];
  for (const municipality of municipalities) {
    if (secondInPair.has(municipality.number)) continue;
    const partner = pairedWith.get(municipality.number);
    const served = partner ? [municipality, partner] : [municipality];
    const name =
      knownAs.get(`fb-${municipality.number}`)?.[0] ??
      (partner ? `${municipality.shortName} og ${partner.shortName} bibliotek` : `${municipality.shortName} bibliotek`);
    const size = served.reduce((sum, m) => sum + m.population, 0);
    members.push({
      name,
      // Fictitious library numbers in BaseBibliotek's shape: 2 + municipality + running number.
      libraryNumber: `2${municipality.number}00`,
      type: MEMBER_TYPE_PUBLIC,
      municipalityNumbers: served.map((m) => m.number),
      organisationNumber: '',
      size,
      contact: makeContact(random, `${slugify(municipality.shortName)}.kommune.example`),
    });
  }
  return members;
}

/** Pairs of small neighbouring municipalities (adjacent numbers in one county) share a library. */
function chooseIntermunicipalPairs(municipalities: RegistryMunicipality[], random: Random, count: number): [RegistryMunicipality, RegistryMunicipality][] {
  const options: [RegistryMunicipality, RegistryMunicipality][] = [];
  for (let i = 0; i + 1 < municipalities.length; i++) {
    const a = municipalities[i]!;
    const b = municipalities[i + 1]!;
    if (a.countyNumber === b.countyNumber && a.population < 6000 && b.population < 6000) options.push([a, b]);
  }
  const chosen: [RegistryMunicipality, RegistryMunicipality][] = [];
  const used = new Set<string>();
  while (chosen.length < count && options.length > 0) {
    const [a, b] = options.splice(Math.floor(random() * options.length), 1)[0]!;
    if (used.has(a.number) || used.has(b.number)) continue;
    used.add(a.number).add(b.number);
    chosen.push([a, b]);
  }
  return chosen;
}

export function makeSchoolMembers(registry: Registry, random: Random): Member[] {
  const running = new Map<string, number>();
  return [...registry.schools]
    .sort((a, b) => compare(a.organisationNumber, b.organisationNumber))
    .map((school) => {
      const n = (running.get(school.municipalityNumber) ?? 0) + 1;
      running.set(school.municipalityNumber, n);
      const staff = school.staff ?? 20 + Math.floor(random() * 120);
      // The registry rarely has student numbers; the ordering system prices by students + staff.
      const students = school.students ?? Math.round(staff * (5 + random() * 4));
      return {
        name: school.name,
        // Seven digits like real ones; at benchmark sizes the running number wraps (the numbers are fictitious anyway).
        libraryNumber: `3${school.municipalityNumber}${String(n % 100).padStart(2, '0')}`,
        type: MEMBER_TYPE_SCHOOL,
        municipalityNumbers: [school.municipalityNumber],
        organisationNumber: school.organisationNumber,
        size: students + staff,
        contact: makeContact(random, `${slugify(school.name).slice(0, 30)}.skole.example`),
      };
    });
}

function makeContact(random: Random, domain: string): Member['contact'] {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const phone = `+47 ${4 + Math.floor(random() * 6)}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
  return { name: `${first} ${last}`, email: `${slugify(first)}.${slugify(last)}@${domain}`, phone };
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
