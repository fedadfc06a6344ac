/**
 * Where the project's inputs and outputs live. Relative to the working directory, which npm
 * scripts, Vitest and Astro all set to the repository root; import.meta.url would not do,
 * because Astro bundles this module somewhere else at build time.
 */
import { join, resolve } from 'node:path';

export const ROOT = resolve(process.cwd());

/** The frozen-embed archive's default place, relative to the root (the nightly workflow caches this path). */
export const DEFAULT_EMBED_ARCHIVE = '.cache/frozen-embeds';

/**
 * The places an environment variable can move are read when asked for, not when this module is
 * first imported: a unit test that points one at a temporary folder works whichever test file
 * imported the module before it (the unit files share their modules, vitest.config.ts).
 */
export const PATHS = {
  registry: join(ROOT, 'data', 'registry'),
  catalogue: join(ROOT, 'data', 'catalogue', 'services.json'),
  demoExport: join(ROOT, 'data', 'source', 'demo-export.csv'),
  demoColumns: join(ROOT, 'data', 'source', 'demo-export.columns.json'),
  /** HHH_DATASET points the pull and the build at another dataset (the scale benchmark does). */
  get dataset(): string {
    return process.env.HHH_DATASET || join(ROOT, 'data', 'dataset.json');
  },
  boundaries: join(ROOT, 'data', 'geo', 'norway.topo.json'),
  /** HHH_DIST builds the site somewhere else than dist/ (the scale benchmark does). */
  get dist(): string {
    return process.env.HHH_DIST ? resolve(process.env.HHH_DIST) : join(ROOT, 'dist');
  },
  demoCampaignManifest: join(ROOT, 'data', 'campaign', 'manifest.csv'),
  /** Campaign material prepared for this build (consent applied); copied into dist/ after Astro. */
  campaignBuild: join(ROOT, '.cache', 'campaign'),
  /** Rendered previews kept between builds, keyed by the original's checksum. */
  campaignPreviewCache: join(ROOT, '.cache', 'campaign-previews'),
  /** The embeds' map PNGs kept between builds, keyed by the hash of the SVG they are drawn from. */
  embedPictureCache: join(ROOT, '.cache', 'embed'),
  /**
   * Every dataset version's frozen embeds (`/embed/v/<version>/…`), carried from build to build so
   * old citations keep working; HHH_EMBED_ARCHIVE keeps it elsewhere (the scale benchmark does).
   */
  get embedArchive(): string {
    return process.env.HHH_EMBED_ARCHIVE ? resolve(process.env.HHH_EMBED_ARCHIVE) : join(ROOT, DEFAULT_EMBED_ARCHIVE);
  },
} as const;
