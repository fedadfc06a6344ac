/**
 * Other names a library is known by (data/registry/aliases.json): "Deichman" for Oslo's public
 * library. Search, compare and the map's municipality field match them too, so a person finds a
 * library by the name they would type. Each name carries the public source that uses it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PATHS } from '../paths';

export const AliasFile = z.object({
  aliases: z.array(
    z.object({
      libraryId: z.string().regex(/^(fb-\d{4}|vgs-\d{9})$/),
      names: z
        .array(
          z.object({
            name: z.string().min(1).max(120),
            source: z.object({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }).optional(), date: z.string().optional() }),
          }),
        )
        .min(1),
    }),
  ),
});
export type AliasFile = z.infer<typeof AliasFile>;

export const ALIASES_PATH = join(PATHS.registry, 'aliases.json');

/** The alias file, or none when absent (a registry folder without one, as the benchmark's). */
export function readAliases(path: string = ALIASES_PATH): AliasFile {
  if (!existsSync(path)) return { aliases: [] };
  const result = AliasFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path}: not a valid alias file:\n${problems.join('\n')}`);
  }
  return result.data;
}

/**
 * The dataset's libraries with the other names they are known by, leaving out a name that is
 * already the library's own (the export may use it).
 */
export function withAliases<L extends { id: string; name: string }>(libraries: L[], known: ReadonlyMap<string, string[]>): (L & { alsoKnownAs?: string[] })[] {
  return libraries.map((l) => {
    const names = (known.get(l.id) ?? []).filter((n) => n.toLowerCase() !== l.name.toLowerCase());
    return names.length > 0 ? { ...l, alsoKnownAs: names } : l;
  });
}

/** Library id -> its other names, first the one people use most. */
export function aliasesById(file: AliasFile = readAliases()): Map<string, string[]> {
  return new Map(file.aliases.map((a) => [a.libraryId, a.names.map((n) => n.name)]));
}
