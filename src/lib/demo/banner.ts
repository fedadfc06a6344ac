/**
 * The demo banner's text, generated from the dataset: what is real (registries, boundaries),
 * what is invented (the subscriptions) and which services the sources confirm. A catalogue
 * change changes the banner, so it can never claim more than the catalogue knows.
 */
import { formatList } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { STRINGS } from '../i18n/strings';
import type { Service } from '../dataset/schema';

type Counted = Pick<Service, 'name' | 'status'>;

export function demoBannerText(services: readonly Counted[], lang: Lang): string {
  const names = (status: Service['status']) =>
    services
      .filter((s) => s.status === status)
      .map((s) => s.name)
      .sort((a, b) => a.localeCompare(b, lang === 'en' ? 'en' : 'nb'));
  const confirmed = names('confirmed');
  const confirmedList = confirmed.length > 0 ? ` (${formatList(confirmed, lang)})` : '';
  return STRINGS[lang].demoBanner(services.length, confirmed.length, confirmedList, names('unconfirmed').length, names('example').length);
}
