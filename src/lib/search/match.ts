/**
 * The one matcher for every field where a person types a place or a library (home search, the map's
 * "Finn en kommune", the municipality list filter, compare). CONTRACT (issue 16 point 7): callers use
 * `placeMatches`; the home search's ranked index takes its texts from `placeForms` and `queryForms`
 * so that it finds what `placeMatches` accepts, then ranks it.
 *
 * What a person may type for a name:
 * - any case, accents or none ("Kárášjohka", "karasjohka"), punctuation as spaces (normalize.ts);
 * - a Norwegian letter as the nearest Latin letters or left out: "Bærum" as "baerum", "barum"
 *   or "brum"; "Tromsø" as "tromso", "tromsoe" or "troms"; "Ålesund" as "alesund", "aalesund"
 *   or "lesund" (ä and ö, as Kven names and Swedish keyboards write them, the same way);
 * - a school's kind as an abbreviation: "vgs", "vgs.", "vg. skole", "videregående", "vidaregåande"
 *   ("… videregående skole", "… vidaregåande skule") are one word;
 * - the words in any order, each anywhere in a name ("vgs kongsberg"), "kommune" left in or out;
 * - a word with a slip, as the home search forgives it (FUZZY_THRESHOLD): one wrong, missing or
 *   extra letter from four letters, two from seven, three from ten;
 * - a school by its place and kind ("Tromsø vgs": libraryNames).
 * Sami and Kven names are matched because a place's names include them: the official name of a
 * municipality or county carries every official language's form ("Guovdageaidnu - Kautokeino",
 * "Storfjord - Omasvuotna - Omasvuono"), and callers pass those names.
 */
import { maxErrors } from './narrow';
import { finishNormalized, LETTER_SLOTS, normalizeText, normalizeWithLetterSlots } from './normalize';

/** Words people add to a place name that no name carries ("Bærum kommune"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['kommune', 'kommuna', 'municipality']);

/** How each Norwegian letter's slot (normalize.ts) may be typed: nearest Latin letters, or left out. */
const SLOT_FORMS: Record<string, readonly string[]> = {
  [LETTER_SLOTS.æ]: ['ae', 'a', ''],
  [LETTER_SLOTS.ø]: ['o', 'oe', ''],
  [LETTER_SLOTS.å]: ['a', ''],
};
const SLOT = /[\uE000-\uE002]/g;

/** The kinds of school written out or abbreviated, after normalisation, and the one word they become. */
const SCHOOL_WORDS: readonly RegExp[] = [
  // videregående / vidaregåande (aa is already a), with or without skole/skule, and letter-less typings
  /\bvid[ae]re?g(?:ae|a|e)?nde?(?: sk[ou]le)?\b/g,
  /\bvg(?: s| sk[ou]le)?\b/g,
  /\bv g s\b/g,
  /\bupper secondary(?: school)?\b/g,
];
const SCHOOL = 'vgs';

function schoolForm(text: string): string {
  if (!/\bv/.test(text) && !text.includes('upper')) return text;
  let out = text;
  for (const pattern of SCHOOL_WORDS) out = out.replace(pattern, SCHOOL);
  return out;
}

/**
 * Every normalised spelling of `name` with its Norwegian letters typed one of the ways above, each
 * letter the same way throughout the name ("Rødøy" as "rodoy", "roedoey" or "rdy", not "roedy"), and
 * no letter left out where that leaves a word of one letter ("Bø og Øksnes" is not "b og ksnes").
 */
function letterSpellings(name: string): string[] {
  const slotted = normalizeWithLetterSlots(name);
  const letters = [...new Set(slotted.match(SLOT))];
  if (letters.length === 0) return [finishNormalized(slotted)];
  let choices: Record<string, string>[] = [{}];
  for (const letter of letters) choices = choices.flatMap((chosen) => SLOT_FORMS[letter]!.map((form) => ({ ...chosen, [letter]: form })));
  const plainWords = new Set(finishNormalized(slotted.replace(SLOT, (c) => SLOT_FORMS[c]![0]!)).split(' '));
  return choices
    .map((chosen) =>
      finishNormalized(slotted.replace(SLOT, (c) => chosen[c]!))
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((spelling) => spelling.split(' ').every((word) => word.length > 1 || plainWords.has(word)));
}

const formsCache = new Map<string, readonly string[]>();

/**
 * The normalised texts `name` may be typed as: the name itself, with its Norwegian letters typed
 * as Latin letters or left out, and with a school's kind as "vgs". The first is `normalizeText(name)`.
 */
export function placeForms(name: string): readonly string[] {
  const cached = formsCache.get(name);
  if (cached) return cached;
  // The name as written (for a half-typed word: "kongsberg videreg"), then each spelling with the
  // school's kind as one word, so spellings that differ only inside "videregående" are one form.
  const forms = new Set<string>([normalizeText(name)]);
  for (const spelling of letterSpellings(name)) forms.add(schoolForm(spelling));
  forms.delete('');
  const result = [...forms];
  // Bounded: a name list is at most tens of thousands (10x Norway); a hostile page can't grow it forever.
  if (formsCache.size > 200_000) formsCache.clear();
  formsCache.set(name, result);
  return result;
}

/**
 * The forms a fuzzy ranking (the home search's Fuse: each word of a query found with up to about
 * one edit in four letters) needs of `placeForms`: the name as written and with a school's kind as
 * "vgs", and each other form only where a word of it is too far from those for Fuse to find anyway
 * ("brum" of "baerum" is, "barum" and "tromsoe" are not). Each form costs every keystroke;
 * engine.test.ts proves the search still finds every form of every name.
 */
export function fuzzyPlaceForms(name: string): readonly string[] {
  const forms = placeForms(name);
  const plain = forms[0];
  if (plain === undefined || forms.length <= 2) return forms;
  const bases = [plain, schoolForm(plain)].map((base) => base.split(' '));
  const covered = (form: string) => {
    const words = form.split(' ');
    return bases.some((base) => base.length === words.length && words.every((word, i) => editDistance(word, base[i]!) <= FUZZY_SHARE * word.length));
  };
  return forms.filter((form, i) => i === 0 || form === schoolForm(plain) || !covered(form));
}
/** Edits per typed letter Fuse finds for sure (its threshold is 0.3). */
const FUZZY_SHARE = 0.25;

/** Levenshtein distance (letters substituted, left out or added). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    previous = current;
  }
  return previous[b.length]!;
}

/** The normalised texts a query stands for: as typed, and with a school's kind as "vgs"; "kommune" left out. */
export function queryForms(query: string): string[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  const kept = words.filter((w) => !FILLER_WORDS.has(w));
  const text = (kept.length > 0 ? kept : words).join(' ');
  if (!text) return [];
  return [...new Set([text, schoolForm(text)])];
}

/**
 * How far a typed word may be from a name and still match, as a share of its letters: the home
 * search's Fuse threshold (ranking.ts), so every field that matches places finds what the search
 * box finds ("berum" finds Bærum), never two rules under one name.
 */
export const FUZZY_THRESHOLD = 0.3;

/** Edits a typed word of this length may hold and still match: the most Fuse's bitap accepts at FUZZY_THRESHOLD (one in a word of four, two from seven letters, three from ten). */
export function allowedEdits(length: number): number {
  return maxErrors(length, FUZZY_THRESHOLD);
}

/**
 * The names a library is found by: its own, and a school also as "<place> vgs" for each place it
 * serves, so "Tromsø vgs" or "Tromsø videregående" lists every school in Tromsø, not only those
 * whose names hold both words. The one list every library field matches (home search, compare);
 * other names (aliases) join here.
 */
export function libraryNames(name: string, school: boolean, places: readonly string[]): string[] {
  return [name, ...(school ? places.map((place) => `${place} ${SCHOOL}`) : [])];
}

/**
 * True when `word` occurs in `text` with at most `k` edits (letters substituted, left out or
 * added): Sellers' approximate substring match, one row of the edit table at a time.
 */
export function occursWithin(word: string, text: string, k: number): boolean {
  if (text.includes(word)) return true;
  if (k === 0) return false;
  const m = word.length;
  // cost[i]: fewest edits for word[0..i) ending at the current position of text (free start).
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(cost[i - 1]! + (word[i - 1] === c ? 0 : 1), cost[i]! + 1, next[i - 1]! + 1);
    }
    if (next[m]! <= k) return true;
    cost = next;
  }
  return false;
}

/**
 * True when `query` matches any of `names` (a place's or library's names in every language): every
 * word of the query (in any order) occurs in one typed form of one name. An empty query matches all.
 */
export function placeMatches(query: string, names: readonly string[]): boolean {
  const wanted = queryForms(query);
  if (wanted.length === 0) return true;
  const forms = names.flatMap((name) => placeForms(name));
  return wanted.some((text) => {
    const words = text.split(' ');
    return forms.some((form) => words.every((word) => occursWithin(word, form, allowedEdits(word.length))));
  });
}
