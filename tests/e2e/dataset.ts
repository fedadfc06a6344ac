/** The dataset the site was built from, for tests that compare pages with it. */
import { loadSiteData } from '../../src/lib/dataset/site-data';

export const data = loadSiteData();
