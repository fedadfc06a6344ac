/**
 * Checks on an export's text that becomes a name, a slug and a file name on the site (a member's
 * name). The pull refuses what the build cannot publish or what would mislead a reader, and removes,
 * with a warning, invisible characters that only serve to spoof: one rule here, used by parse-rows.
 */

/**
 * A name's longest form. The longest real member names (a school's name with its department) have
 * about 70 characters; a slug made from 4,000 is longer than a file name may be (255 bytes).
 */
export const MAX_NAME_CHARS = 150;

/**
 * The build's own markers, which a name must never carry into a page: the frozen embeds'
 * placeholder (`%%hhh-frozen-0%%`, src/lib/embed/frozen-shared.ts: a page already holding one stops
 * the build after Astro) and an interface text's `{name}` placeholder (src/lib/html/fill-template.ts).
 */
export const BUILD_MARKER = /%%[\w-]*%%|\{\w+\}/;

/**
 * Invisible characters that reorder or hide text (bidirectional controls, zero-width characters,
 * soft hyphen, word joiner): in a name they only serve to make two names look alike or to flip text.
 */
export const INVISIBLE_CONTROL = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** A phone number: digits with the usual separators, 8 digits or more (Norwegian numbers have 8). */
const PHONE = /^\+?[\d\s().-]+$/;

/** A word that mixes Latin letters with Cyrillic or Greek ones: "Utsirа" with a Cyrillic а. */
const MIXED_SCRIPT_WORD = /(?=[\p{L}\p{M}]*\p{Script=Latin})(?=[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}])[\p{L}\p{M}]+/u;

export interface CleanedName {
  /** The name to use (invisible controls removed, whitespace collapsed, NFC), or undefined if refused. */
  value: string | undefined;
  /** Why the name is refused (each an error for the row). */
  errors: string[];
  /** What was removed (each a warning for the row). */
  warnings: string[];
}

function codePoints(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/** Checks and cleans a member's name from the export. */
export function cleanName(raw: string): CleanedName {
  const errors: string[] = [];
  const warnings: string[] = [];
  const invisible = raw.match(INVISIBLE_CONTROL) ?? [];
  const value = raw.replace(INVISIBLE_CONTROL, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (invisible.length > 0)
    warnings.push(
      `the name contains invisible characters that reorder or hide text (${codePoints(invisible)}): removed, the name is read as "${value.slice(0, 80)}"`,
    );
  if (raw !== '' && value === '') errors.push("the name holds only invisible characters; expected a library's name");
  if (value.length > MAX_NAME_CHARS) errors.push(`the name has ${value.length} characters; a library's name may have at most ${MAX_NAME_CHARS}`);
  const marker = BUILD_MARKER.exec(value);
  if (marker) errors.push(`the name contains "${marker[0]}", which the site's build uses as a placeholder of its own; expected a library's name`);
  if (EMAIL.test(value))
    errors.push('the name looks like an e-mail address, which must never be published: does the column map read the contact column as the name?');
  else if (PHONE.test(value) && value.replace(/\D/g, '').length >= 8)
    errors.push('the name looks like a phone number, which must never be published: does the column map read the contact column as the name?');
  else if (value !== '' && !/\p{L}/u.test(value)) errors.push(`expected a library's name, found "${value.slice(0, 80)}" without a single letter`);
  const mixed = MIXED_SCRIPT_WORD.exec(value);
  if (mixed) {
    const foreign = [...mixed[0]].filter((c) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c));
    errors.push(
      `the word "${mixed[0].slice(0, 80)}" mixes Latin letters with Cyrillic or Greek look-alikes (${codePoints(foreign)}), which make one name pass for another; expected the name in one alphabet`,
    );
  }
  return { value: errors.length > 0 ? undefined : value, errors, warnings };
}
