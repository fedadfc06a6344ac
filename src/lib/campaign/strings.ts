/** Interface text of the campaign material, in the site's three languages. */
import type { Lang } from '../i18n/lang';

export const CAMPAIGN_STRINGS = {
  nb: {
    heading: 'Kampanjemateriell',
    intro: 'Plakater, bilder til sosiale medier og infoskjermer som bibliotekene kan bruke for å gjøre tjenestene kjent.',
    none: 'Ingen kampanjemateriell for denne tjenesten ennå.',
    download: 'Last ned original',
    downloadAll: 'Last ned alt for',
    pixels: 'piksler',
    language: 'Språk',
    format: 'Format',
    service: 'Tjeneste',
    credit: 'Kreditering',
    all: 'Alle',
    filter: 'Vis',
    shown: 'viser',
    of: 'av',
    demo: 'Eksempelmateriell: bildene er laget for å vise hvordan siden fungerer, og er ikke Bibliotek24s kampanjer.',
    consent: 'Materiell der samtykket er trukket tilbake eller utløpt, fjernes ved neste oppdatering av siden.',
  },
  nn: {
    heading: 'Kampanjemateriell',
    intro: 'Plakatar, bilete til sosiale medium og infoskjermar som biblioteka kan bruke for å gjere tenestene kjende.',
    none: 'Ikkje noko kampanjemateriell for denne tenesta enno.',
    download: 'Last ned original',
    downloadAll: 'Last ned alt for',
    pixels: 'pikslar',
    language: 'Språk',
    format: 'Format',
    service: 'Teneste',
    credit: 'Kreditering',
    all: 'Alle',
    filter: 'Vis',
    shown: 'viser',
    of: 'av',
    demo: 'Eksempelmateriell: bileta er laga for å vise korleis sida fungerer, og er ikkje kampanjane til Bibliotek24.',
    consent: 'Materiell der samtykket er trekt tilbake eller har gått ut, blir fjerna ved neste oppdatering av sida.',
  },
  en: {
    heading: 'Campaign material',
    intro: 'Posters and images for social media and info screens that libraries can use to make the services known.',
    none: 'No campaign material for this service yet.',
    download: 'Download original',
    downloadAll: 'Download everything for',
    pixels: 'pixels',
    language: 'Language',
    format: 'Format',
    service: 'Service',
    credit: 'Credit',
    all: 'All',
    filter: 'Show',
    shown: 'showing',
    of: 'of',
    demo: 'Demo material: these images only show how the page works and are not Bibliotek24 campaigns.',
    consent: 'Material whose consent has been withdrawn or has expired is removed at the next update of the site.',
  },
} satisfies Record<Lang, Record<string, string>>;

export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'nb-NO';
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
