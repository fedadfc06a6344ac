/**
 * The service catalogue (data/catalogue/services.json): public product information kept by hand,
 * keyed by the export's product name (aliases for renamed products). The export is the source of
 * which products exist; this file enriches them with category, audience, funding, descriptions and
 * evidence. A product it lacks is published as "not yet described" (pull/catalogue-from-export.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ServiceFields, Vendor, needsEvidence } from './schema';

export const CatalogueFile = z
  .object({
    vendors: z.array(Vendor.pick({ name: true, url: true, about: true })).min(1),
    services: z
      .array(
        // The dataset's service facts, named by the vendor's name rather than an id.
        ServiceFields.pick({
          name: true,
          category: true,
          audience: true,
          funding: true,
          billing: true,
          status: true,
          evidence: true,
          url: true,
          recorded: true,
          access: true,
          description: true,
          described: true,
          trials: true,
        }).extend({
          vendor: z.string().min(1),
          /** Other names the export has used for the product (renamed products keep their page). */
          aliases: z.array(z.string().min(1)).optional(),
        }),
      )
      .min(1),
  })
  .superRefine((catalogue, ctx) => {
    const vendors = new Set(catalogue.vendors.map((v) => v.name));
    catalogue.services.forEach((s, i) => {
      if (needsEvidence(s)) ctx.addIssue({ code: 'custom', path: ['services', i, 'evidence'], message: `"${s.name}" is ${s.status} but names no evidence` });
      if (!vendors.has(s.vendor)) {
        ctx.addIssue({ code: 'custom', path: ['services', i, 'vendor'], message: `vendor "${s.vendor}" is not in vendors[]` });
      }
    });
  });

export type Catalogue = z.infer<typeof CatalogueFile>;
export type CatalogueService = Catalogue['services'][number];

export function readCatalogue(path: string): Catalogue {
  const result = CatalogueFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path}: not a valid service catalogue:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Product names are matched case- and spacing-insensitively, as people type them differently. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
