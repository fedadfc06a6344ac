/**
 * The two accessibility engines the browser tests run on every checked page and state: axe-core
 * (WCAG 2.1 A/AA tags) and IBM's Equal Access engine (accessibility-checker-engine, its rules in
 * the package's ace.js: nothing is fetched). Each returns one line per finding, so a failing
 * test names the rule and where.
 */
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ACE = require.resolve('accessibility-checker-engine/ace.js');

/** axe's WCAG 2.1 A/AA violations (or only the given rules), one line per rule with a few targets. */
export async function axeViolations(target: Page | Frame, rules?: string[]): Promise<string[]> {
  await target.addScriptTag({ path: AXE });
  return target.evaluate(async (only) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
}

/**
 * Where IBM's engine and axe disagree, WCAG decides; where WCAG sides with axe, the IBM finding is
 * left out here for the elements `selector` matches only (never a whole rule), with the reason.
 * Keep this list short: an entry belongs here only when the element does what WCAG asks.
 */
export const IBM_EXCLUSIONS: readonly { rule: string; selector: string; reason: string }[] = [
  {
    rule: 'element_tabbable_role_valid',
    selector: '.table-scroll[role="region"][tabindex="0"][aria-label]',
    reason:
      'A wide table scrolls sideways in a named region that takes focus, so keyboard users can scroll it ' +
      '(WCAG 2.1.1; axe\'s scrollable-region-focusable asks for exactly this). IBM wants every tabbable ' +
      'element to have a widget role, but the region is not a control to operate: WCAG 4.1.2 asks for ' +
      'its name and role, which it has ("region" and the table\'s name). Browsers that focus scrollers ' +
      'by themselves (Chromium, Firefox) do the same without tabindex; Safari does not.',
  },
];

/**
 * IBM's definite violations (level "violation": policy VIOLATION, confidence FAIL; not the
 * "potential" ones or recommendations, which need a person to judge) under its WCAG 2.1 A/AA
 * rule set (`WCAG_2_1`), the standard the site promises and axe checks. One line per finding:
 * rule, reason, the element's path (through same-origin frames) and IBM's message.
 */
export async function ibmViolations(target: Page | Frame): Promise<string[]> {
  if (!(await target.evaluate(() => 'ace' in window))) await target.addScriptTag({ path: ACE });
  return target.evaluate(async (exclusions) => {
    // @ts-expect-error ace is injected above
    const checker = new window.ace.Checker();
    const report = (await checker.check(document, ['IBM_Accessibility'])) as { results: { ruleId: string; reasonId: string; value: [string, string]; path: { dom: string }; message: string }[] };
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .filter((r) => {
        const excluded = exclusions.filter((x) => x.rule === r.ruleId);
        if (!excluded.length) return true;
        // The element IBM's path names, followed into same-origin frames (`.../iframe[1]/html[1]/...`).
        // (No named helper: tsx would wrap it in a __name() call the page does not have.)
        let doc: Document | null = document;
        let node: Node | null = null;
        for (const part of r.path.dom.split(/(?<=\/iframe\[\d+\])(?=\/html\[)/)) {
          node = doc ? doc.evaluate(part, doc, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue : null;
          doc = node instanceof HTMLIFrameElement ? node.contentDocument : null;
        }
        return !(node instanceof Element && excluded.some((x) => (node as Element).matches(x.selector)));
      })
      .map((r) => `${r.ruleId} (${r.reasonId}): ${r.path.dom}: ${r.message}`);
  }, IBM_EXCLUSIONS);
}
