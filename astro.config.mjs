// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { fileURLToPath } from 'node:url';
import { resolveSiteUrl } from './src/lib/site/site-url.ts';

const DS_REACT = /[\\/]@digdir[\\/]designsystemet-react[\\/]/;

/**
 * Designsystemet's React components import @digdir/designsystemet-web whole (every custom element,
 * tooltips, dialogs, floating-ui); the islands get only the elements they use (src/components/ds-elements.ts).
 * Pagination imports a function by name from it, so it keeps the package.
 */
const dsElementsForIslands = {
  name: 'ds-elements-for-islands',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  resolveId(source, importer) {
    if (source !== '@digdir/designsystemet-web' || !importer || !DS_REACT.test(importer) || /pagination/.test(importer)) return null;
    return fileURLToPath(new URL('./src/components/ds-elements.ts', import.meta.url));
  },
};

// SITE_URL is where the site is published; canonical URLs, the sitemap, feeds and embed snippets use it.
// A build to publish (HHH_PUBLISH=1) fails without it; a local build uses http://127.0.0.1:4321/ (src/lib/site/site-url.ts).
export default defineConfig({
  site: resolveSiteUrl(process.env),
  trailingSlash: 'always',
  // HHH_DIST: build elsewhere (the scale benchmark), keeping dist/ as it is.
  outDir: process.env.HHH_DIST || './dist',
  // concurrency: pages render four at a time, so the map pictures' PNG encoding (sharp's threads, 10.7 CPU s
  // on a clean clone: 75 pictures, cached in .cache/embed/ afterwards) overlaps other pages' rendering.
  build: { format: 'directory', concurrency: 4 },
  // The site is static: no telemetry or dev toolbar requests from visitors' or CI's machines.
  devToolbar: { enabled: false },
  // React only for the islands with rich state (the embed builder, compare); nothing else ships it.
  integrations: [react()],
  vite: {
    plugins: [dsElementsForIslands],
    build: {
      // Vite's gzip size of every chunk is for its log, which the build (log level warn) never prints.
      reportCompressedSize: false,
      rollupOptions: {
        // Designsystemet's React package declares no "sideEffects", so without this every island would
        // ship all its components (66 KB gz) instead of the few it uses. Its modules only define
        // components; the custom elements they need come from @digdir/designsystemet-web, kept as is.
        treeshake: { moduleSideEffects: (id) => !DS_REACT.test(id) },
      },
    },
  },
});
