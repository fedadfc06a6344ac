/** axe and IBM Equal Access, and the heading outline, on every checked page in nynorsk (tests/e2e/accessibility-harness.ts). */
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { checkPagesIn } from './accessibility-harness';

let page: Page;
useBrowser((opened) => ({ page } = opened));
checkPagesIn(['nn'], () => page);
