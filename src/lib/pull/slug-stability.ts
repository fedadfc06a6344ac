/**
 * A library's address outlives its name. The pull gives each library the slug it had in the last
 * good dataset (by its id, which comes from its municipality or organisation number, or by its
 * library number when its id changed) as long as its
 * name gives the same slug; a renamed library gets a slug from its new name and keeps the old one
 * as a former slug, published as a page that points to the new address. Every slug a library has
 * or had stays its own: a new or renamed library never takes one (it gets the county, then a
 * number). Without a last good dataset this gives the slugs buildDataset gives, except that a name
 * with Cyrillic or Greek look-alike letters never takes a slug from a name in Latin letters.
 */
import { z } from 'zod';
import type { Dataset, Library } from '../dataset/schema';
import { slugify } from '../slug';

/** What is read of the last good dataset's libraries; anything else there is ignored. */
const PreviousLibraries = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    formerSlugs: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).optional(),
    libraryNumber: z.string().nullable().optional(),
  }),
);
type PreviousLibrary = z.infer<typeof PreviousLibraries>[number];

export interface Rename {
  id: string;
  from: string;
  to: string;
}

export function keepLibrarySlugs(dataset: Dataset, previous: unknown): { dataset: Dataset; renamed: Rename[] } {
  const parsed = PreviousLibraries.safeParse((previous as { libraries?: unknown } | undefined)?.libraries ?? []);
  const previousLibraries = parsed.success ? parsed.data : [];
  const present = new Set(dataset.libraries.map((l) => l.id));
  // A library is the one with its id in the last good dataset or, when its id changed (a municipal
  // reform gives its seat a new number), the one gone from the dataset with its library number.
  const byId = new Map(previousLibraries.map((l) => [l.id, l]));
  const goneByNumber = new Map(previousLibraries.filter((l) => l.libraryNumber && !present.has(l.id)).map((l) => [l.libraryNumber!, l]));
  const before = new Map<string, PreviousLibrary>();
  for (const l of [...dataset.libraries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const match = byId.get(l.id) ?? (l.libraryNumber ? goneByNumber.get(l.libraryNumber) : undefined);
    if (!match) continue;
    before.set(l.id, match);
    if (match.id !== l.id) goneByNumber.delete(l.libraryNumber!);
  }
  /** Who owns a slug: every slug and former slug of a library still in the dataset, then each one given here. */
  const owner = new Map<string, string>();
  for (const [id, l] of before) for (const s of [l.slug, ...(l.formerSlugs ?? [])]) owner.set(s, id);
  const countyName = new Map(dataset.counties.map((c) => [c.number, c.name]));
  // A name with Cyrillic or Greek letters comes last: slugify reads them as the Latin letters they
  // look like, and such a name must not win a slug from a library whose name is written in Latin.
  const lookAlike = (l: Library) => (/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(l.name) ? 1 : 0);
  const sorted = [...dataset.libraries].sort((a, b) => lookAlike(a) - lookAlike(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const slugs = new Map<string, string>();
  for (const l of sorted) {
    const old = before.get(l.id);
    if (old && slugify(old.name) === slugify(l.name) && owner.get(old.slug) === l.id) slugs.set(l.id, old.slug);
  }
  const free = (slug: string, id: string) => (owner.get(slug) ?? id) === id;
  for (const l of sorted) {
    if (slugs.has(l.id)) continue;
    const base = slugify(l.name);
    let candidate = base;
    if (!free(candidate, l.id)) candidate = slugify(`${l.name} ${countyName.get(l.countyNumber) ?? l.countyNumber}`);
    for (let n = 2; !free(candidate, l.id); n++) candidate = `${base}-${n}`;
    owner.set(candidate, l.id);
    slugs.set(l.id, candidate);
  }

  const renamed: Rename[] = [];
  const libraries: Library[] = dataset.libraries.map((l) => {
    const { formerSlugs: _ignored, ...rest } = l;
    const slug = slugs.get(l.id)!;
    const old = before.get(l.id);
    if (old && old.slug !== slug) renamed.push({ id: l.id, from: old.slug, to: slug });
    const former = [...new Set([...(old?.formerSlugs ?? []), ...(old ? [old.slug] : [])])].filter((s) => s !== slug).sort();
    return former.length > 0 ? { ...rest, slug, formerSlugs: former } : { ...rest, slug };
  });
  return { dataset: { ...dataset, libraries }, renamed };
}
