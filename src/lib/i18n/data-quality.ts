/**
 * The data-quality page (/om/datakvalitet/) and the "not yet described" notes, in bokmål, nynorsk
 * and English. Their own module, so the page's words live in one place.
 */
import type { UnplacedRow } from '../dataset/schema';
import type { Lang } from './lang';

export const DATA_QUALITY_PATH = '/om/datakvalitet/';

interface DataQualityStrings {
  title: string;
  description: string;
  lead: string;
  heading: string;
  none: string;
  caption: string;
  row: string;
  member: string;
  memberNumber: string;
  reason: string;
  reasons: Record<UnplacedRow['reason'], (value: string) => string>;
  newServicesHeading: string;
  newServicesText: string;
  noNewServices: string;
  link: string;
  notDescribed: string;
  notDescribedNote: string;
  trialHeading: string;
}

export const DATA_QUALITY: Record<Lang, DataQualityStrings> = {
  nb: {
    title: 'Datakvalitet',
    description: 'Rader i eksporten fra bestillingssystemet som ikke kunne plasseres, og tjenester som ikke er beskrevet ennå.',
    lead: 'Hver natt hentes eksporten fra bestillingssystemet til Bibliotek24. En rad som ikke kan knyttes til et bibliotek i registrene (for eksempel et kommunenummer som ikke finnes lenger, eller en skole registeret ikke kjenner), holdes utenfor tallene og vises her. Vi viser bare radnummer, medlemmets navn og nummer slik eksporten oppgir dem, og årsaken: aldri priser eller kontaktpersoner.',
    heading: 'Rader som ikke kunne plasseres',
    none: 'Ingen: alle rader i siste henting kunne plasseres.',
    caption: 'Rader holdt utenfor tallene i siste henting',
    row: 'Rad',
    member: 'Medlem (slik eksporten oppgir det)',
    memberNumber: 'Medlemsnummer',
    reason: 'Årsak',
    reasons: {
      'unknown-municipality': (v) => `Kommunenummeret ${v} finnes ikke i kommuneregisteret (2024)`,
      'unknown-school': (v) => `Organisasjonsnummeret ${v} er ikke en fylkeskommunal videregående skole i skoleregisteret`,
      'unknown-status': (v) => `Ukjent status «${v}»`,
    },
    newServicesHeading: 'Tjenester som ikke er beskrevet ennå',
    newServicesText:
      'Eksporten lister disse produktene, men tjenestekatalogen har ingen beskrivelse av dem ennå. De vises med det eksporten sier og telles som kjøpt.',
    noNewServices: 'Ingen: alle produktene i eksporten er beskrevet.',
    link: 'Datakvalitet: rader som ikke kunne plasseres',
    notDescribed: 'Ikke beskrevet ennå',
    notDescribedNote:
      'Denne tjenesten står i eksporten fra bestillingssystemet, men er ikke beskrevet ennå. Navn, leverandør og kategori er slik eksporten oppgir dem.',
    trialHeading: 'Prøveperioder',
  },
  nn: {
    title: 'Datakvalitet',
    description: 'Rader i eksporten frå bestillingssystemet som ikkje kunne plasserast, og tenester som ikkje er skildra enno.',
    lead: 'Kvar natt blir eksporten frå bestillingssystemet til Bibliotek24 henta. Ei rad som ikkje kan knytast til eit bibliotek i registra (til dømes eit kommunenummer som ikkje finst lenger, eller ein skule registeret ikkje kjenner), blir halden utanfor tala og vist her. Vi viser berre radnummer, namnet og nummeret til medlemmen slik eksporten oppgjev dei, og årsaka: aldri prisar eller kontaktpersonar.',
    heading: 'Rader som ikkje kunne plasserast',
    none: 'Ingen: alle radene i siste henting kunne plasserast.',
    caption: 'Rader haldne utanfor tala i siste henting',
    row: 'Rad',
    member: 'Medlem (slik eksporten oppgjev det)',
    memberNumber: 'Medlemsnummer',
    reason: 'Årsak',
    reasons: {
      'unknown-municipality': (v) => `Kommunenummeret ${v} finst ikkje i kommuneregisteret (2024)`,
      'unknown-school': (v) => `Organisasjonsnummeret ${v} er ikkje ein fylkeskommunal vidaregåande skule i skuleregisteret`,
      'unknown-status': (v) => `Ukjend status «${v}»`,
    },
    newServicesHeading: 'Tenester som ikkje er skildra enno',
    newServicesText:
      'Eksporten listar desse produkta, men tenestekatalogen har inga skildring av dei enno. Dei blir viste med det eksporten seier og talde som kjøpte.',
    noNewServices: 'Ingen: alle produkta i eksporten er skildra.',
    link: 'Datakvalitet: rader som ikkje kunne plasserast',
    notDescribed: 'Ikkje skildra enno',
    notDescribedNote:
      'Denne tenesta står i eksporten frå bestillingssystemet, men er ikkje skildra enno. Namn, leverandør og kategori er slik eksporten oppgjev dei.',
    trialHeading: 'Prøveperiodar',
  },
  en: {
    title: 'Data quality',
    description: "Rows of the ordering system's export that could not be placed, and services not yet described.",
    lead: "Every night the export from Bibliotek24's ordering system is fetched. A row that can't be matched to a library in the registries (a municipality number that no longer exists, say, or a school the registry doesn't know) is left out of the figures and listed here. We show only the row number, the member's name and number as the export gives them, and the reason: never prices or contact persons.",
    heading: 'Rows that could not be placed',
    none: 'None: every row of the last pull could be placed.',
    caption: 'Rows left out of the figures in the last pull',
    row: 'Row',
    member: 'Member (as the export gives it)',
    memberNumber: 'Member number',
    reason: 'Reason',
    reasons: {
      'unknown-municipality': (v) => `Municipality number ${v} is not in the municipality registry (2024)`,
      'unknown-school': (v) => `Organisation number ${v} is not a county-run upper-secondary school in the school registry`,
      'unknown-status': (v) => `Unknown status "${v}"`,
    },
    newServicesHeading: 'Services not yet described',
    newServicesText:
      'The export lists these products, but the service catalogue has no description of them yet. They are shown with what the export says and counted as bought.',
    noNewServices: 'None: every product in the export is described.',
    link: 'Data quality: rows that could not be placed',
    notDescribed: 'Not yet described',
    notDescribedNote:
      'This service is in the export from the ordering system but is not yet described. Its name, vendor and category are as the export gives them.',
    trialHeading: 'Trials',
  },
};
