/**
 * The demo banner's text, generated from the dataset: what is real (registries, boundaries),
 * what is invented (the subscriptions) and which services the sources confirm. A catalogue
 * change changes the banner, so it can never claim more than the catalogue knows.
 */
import type { Lang } from './i18n/lang';
import type { Service } from './schema';

type Counted = Pick<Service, 'name' | 'status'>;

const list = (names: string[], lang: Lang) =>
  new Intl.ListFormat(lang === 'en' ? 'en' : 'nb', { style: 'long', type: 'conjunction' }).format(names);

export function demoBannerText(services: readonly Counted[], lang: Lang): string {
  const names = (status: Service['status']) =>
    services.filter((s) => s.status === status).map((s) => s.name).sort((a, b) => a.localeCompare(b, lang === 'en' ? 'en' : 'nb'));
  const confirmed = names('confirmed');
  const unconfirmed = names('unconfirmed').length;
  const examples = names('example').length;
  const total = services.length;
  const confirmedText = confirmed.length > 0 ? ` (${list(confirmed, lang)})` : '';
  if (lang === 'en') {
    return `Municipalities, counties, population, schools and map boundaries are real (Statistics Norway, the school register, Kartverket). The subscriptions are invented and do not show what libraries actually offer. Of the ${total} services, ${confirmed.length} are confirmed by the sources${confirmedText}; ${unconfirmed} named in them without being confirmed as sold; ${examples} examples with no source.`;
  }
  if (lang === 'nn') {
    return `Kommunar, fylke, folketal, skular og kartgrenser er ekte (SSB, Nasjonalt skoleregister, Kartverket). Abonnementa er oppdikta og viser ikkje kva biblioteka faktisk tilbyr. Av dei ${total} tenestene er ${confirmed.length} stadfesta i kjeldene${confirmedText}, ${unconfirmed} er nemnde der utan å vere stadfesta som selde, og ${examples} er døme utan kjelde.`;
  }
  return `Kommuner, fylker, folketall, skoler og kartgrenser er ekte (SSB, Nasjonalt skoleregister, Kartverket). Abonnementene er oppdiktet og viser ikke hva bibliotekene faktisk tilbyr. Av de ${total} tjenestene er ${confirmed.length} bekreftet i kildene${confirmedText}, ${unconfirmed} er nevnt der uten å være bekreftet som solgt, og ${examples} er eksempler uten kilde.`;
}
