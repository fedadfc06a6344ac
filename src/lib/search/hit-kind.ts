/** The kinds of thing the search finds: the engine's hits, the ranking's order and the dictionaries' group labels (checked in strings.ts). */
export const HIT_KINDS = ['municipality', 'place', 'library', 'school', 'service', 'vendor', 'category', 'county'] as const;
export type HitKind = (typeof HIT_KINDS)[number];
