/**
 * Prints the address the site will be built for, or fails (exit 1) saying what to set: the nightly
 * workflow runs this first, so a missing SITE_URL stops the run before anything is pulled or built.
 */
import { resolveSiteUrl, SiteUrlError } from '../src/lib/site/site-url';

try {
  console.log(`site-url: ${resolveSiteUrl(process.env)}`);
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(`site-url: ${error.message}`);
  process.exit(1);
}
