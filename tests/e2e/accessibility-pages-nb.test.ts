/** axe and IBM Equal Access, and the heading outline, on every checked page in bokmål (at the root) and the routes outside `[...lang]` (the 404 page) (tests/e2e/accessibility-harness.ts). */
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { checkPagesIn } from './accessibility-harness';

let page: Page;
useBrowser((opened) => ({ page } = opened));
checkPagesIn(['nb', null], () => page);
