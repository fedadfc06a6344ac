/**
 * The site's own facts that are not subscription data, from data/site.json (HHH_SITE_CONFIG points
 * elsewhere): the one contact for the consortium that /om/ and /tilgjengelighet/ show, and the
 * accessibility statement's dates. Checked, since a wrong contact on a public page is worse than none:
 * an https page and/or a plain e-mail address of an organisation, dates that are real days, not in the future.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../paths';
import { once } from './cache';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'expected a real day');

export const SiteConfig = z
  .object({
    contact: z
      .object({
        name: z.string().trim().min(1).max(120),
        url: z.url({ protocol: /^https$/, error: 'expected an https:// address' }).optional(),
        // A plain address only: no display name, no "mailto:" and no query that could add recipients.
        email: z.email().max(254).optional(),
      })
      .refine((c) => c.url || c.email, 'expected url or email (or both)'),
    accessibility: z.object({ lastTested: day, updated: day }),
  })
  .superRefine((config, ctx) => {
    const today = new Date().toISOString().slice(0, 10);
    for (const key of ['lastTested', 'updated'] as const) {
      if (config.accessibility[key] > today)
        ctx.addIssue({ code: 'custom', path: ['accessibility', key], message: `${config.accessibility[key]} is in the future` });
    }
  });

export type SiteConfig = z.infer<typeof SiteConfig>;
export type Contact = SiteConfig['contact'];

/** Parses a site configuration; an error names the file and each field that is wrong. */
export function parseSiteConfig(text: string, file: string): SiteConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const result = SiteConfig.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`${file}: not a valid site configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

export const SITE_CONFIG_PATH = process.env.HHH_SITE_CONFIG || join(ROOT, 'data', 'site.json');

/** The build's site configuration, read once. */
export const siteConfig = once(() => parseSiteConfig(readFileSync(SITE_CONFIG_PATH, 'utf8'), SITE_CONFIG_PATH));
