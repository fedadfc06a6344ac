// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// SITE_URL is where the site is published; canonical URLs and the sitemap use it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // HHH_DIST: build elsewhere (the scale benchmark), keeping dist/ as it is.
  outDir: process.env.HHH_DIST || './dist',
  build: { format: 'directory' },
  integrations: [react()],
  // The site is static: no telemetry or dev toolbar requests from visitors' or CI's machines.
  devToolbar: { enabled: false },
});
