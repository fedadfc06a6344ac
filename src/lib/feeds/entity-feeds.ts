/**
 * An Atom feed per library, municipality, county, service and vendor, in every language: what was
 * gained or cancelled there and when. The changes are sorted into their entities in one pass, so
 * the work grows with entities + changes, never entities × history.
 */
import { STRINGS } from '../i18n/strings';
import type { Lang } from '../i18n/lang';
import type { Dataset } from '../dataset/schema';
import { type EntityKind, entityPath, localePath } from '../site/urls';
import type { YearChanges } from '../figures/stats';
import { atomDocument } from './atom';
import { changeEntries, FEED_TAG, type FeedChange, flattenChanges } from './national';
import { FOLLOW_STRINGS } from './strings';

/** An entity that has a page, and so a feed. `key` is its URL key: the slug, or the municipality's number. */
export interface FeedTarget {
  kind: EntityKind;
  key: string;
  name: string;
}

/** `/<segment>/<key>/feed.xml` in a language: beside the entity's page. */
export function entityFeedPath(lang: Lang, kind: EntityKind, key: string): string {
  return localePath(lang, `${entityPath(kind, key)}feed.xml`);
}

/** The feed's title in a language, with the demo mark while the data is the demo. */
export function entityFeedTitle(lang: Lang, name: string, isDemo: boolean): string {
  const s = FOLLOW_STRINGS[lang];
  return s.feedTitle(name) + (isDemo ? s.demoMark : '');
}

const targetId = (kind: EntityKind, key: string) => `${kind}:${key}`;

/** Every entity with a page, each once. */
export function feedTargets(dataset: Pick<Dataset, 'libraries' | 'municipalities' | 'counties' | 'services' | 'vendors'>): FeedTarget[] {
  return [
    ...dataset.libraries.map((l) => ({ kind: 'library' as const, key: l.slug, name: l.name })),
    ...dataset.municipalities.map((m) => ({ kind: 'municipality' as const, key: m.number, name: m.name })),
    ...dataset.counties.map((c) => ({ kind: 'county' as const, key: c.slug, name: c.name })),
    ...dataset.services.map((s) => ({ kind: 'service' as const, key: s.slug, name: s.name })),
    ...dataset.vendors.map((v) => ({ kind: 'vendor' as const, key: v.slug, name: v.name })),
  ];
}

/**
 * Each change under every entity it concerns: its library, the municipalities that library serves
 * (a school: its own), its county, its service and the service's vendor. Newest year first.
 */
export function changesByEntity(dataset: Dataset, changes: readonly YearChanges[]): Map<string, FeedChange[]> {
  const library = new Map(dataset.libraries.map((l) => [l.id, l]));
  const service = new Map(dataset.services.map((s) => [s.id, s]));
  const county = new Map(dataset.counties.map((c) => [c.number, c]));
  const vendor = new Map(dataset.vendors.map((v) => [v.id, v]));
  const out = new Map<string, FeedChange[]>();
  const add = (id: string, change: FeedChange) => {
    const list = out.get(id);
    if (list) list.push(change);
    else out.set(id, [change]);
  };
  for (const change of flattenChanges(changes)) {
    const l = library.get(change.libraryId);
    const s = service.get(change.serviceId);
    if (!l || !s) throw new Error(`feeds: change ${change.year} ${change.kind} names unknown library ${change.libraryId} or service ${change.serviceId}`);
    add(targetId('library', l.slug), change);
    for (const m of new Set([l.municipalityNumber, ...(l.kind === 'public' ? l.servesMunicipalities : [])])) add(targetId('municipality', m), change);
    const c = county.get(l.countyNumber);
    if (c) add(targetId('county', c.slug), change);
    add(targetId('service', s.slug), change);
    const v = vendor.get(s.vendorId);
    if (v) add(targetId('vendor', v.slug), change);
  }
  return out;
}

export interface EntityFeedFile {
  /** The feed's path, from the site's root (`/nn/bibliotek/x/feed.xml`). */
  path: string;
  body: string;
}

/** Every entity's feed in every language asked for; an entity with no change gets a valid, empty feed. */
export function* entityFeeds(dataset: Dataset, changes: readonly YearChanges[], site: string, langs: readonly Lang[]): Generator<EntityFeedFile> {
  const byEntity = changesByEntity(dataset, changes);
  const targets = feedTargets(dataset);
  for (const lang of langs) {
    const t = STRINGS[lang];
    const entry = changeEntries(dataset, { site, lang, added: t.feedAdded, cancelled: t.feedCancelled });
    for (const target of targets) {
      const path = entityFeedPath(lang, target.kind, target.key);
      const body = atomDocument({
        lang,
        id: `${FEED_TAG}${lang}/changes/${target.kind}/${encodeURIComponent(target.key)}`,
        title: entityFeedTitle(lang, target.name, dataset.source.isDemo),
        self: new URL(path, site).href,
        alternate: new URL(localePath(lang, entityPath(target.kind, target.key)), site).href,
        updated: dataset.source.pulledAt,
        entries: (byEntity.get(targetId(target.kind, target.key)) ?? []).map(entry),
      });
      yield { path, body };
    }
  }
}

/** What a page announces and links for its entity's feed: the address in its language and the title. */
export function followFeed(lang: Lang, target: FeedTarget, isDemo: boolean): { href: string; title: string } {
  return { href: entityFeedPath(lang, target.kind, target.key), title: entityFeedTitle(lang, target.name, isDemo) };
}
