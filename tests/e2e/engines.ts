/**
 * The two accessibility engines the browser tests run on every checked page and state: axe-core
 * (WCAG 2.1 A/AA tags) and IBM's Equal Access engine (accessibility-checker-engine, its rules in
 * the package's ace.js: nothing is fetched). Each returns one line per finding, so a failing
 * test names the rule and where.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// Injected by evaluating their source through DevTools, not as a <script> element: the pages' CSP
// blocks inline scripts it has no hash for.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ACE_SOURCE = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');

/**
 * The timeout for a test that runs one engine on one page: a hang guard, not a speed check. An
 * engine's time grows with the page (the library list, the builder framing a whole embed) and the
 * machine's load: the slowest measured 17 s (axe on the library list, load average 11-14 on two
 * cores shared by seven jobs); IBM's engine at most 8.5 s (the builder) without the rule below.
 */
export const ENGINE_TIMEOUT = 120_000;

/** axe's WCAG 2.1 A/AA violations (or only the given rules), one line per rule with a few targets. */
export async function axeViolations(target: Page | Frame, rules?: string[]): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (only) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // WCAG 2.2's target size (24 px) too: outside runs use it, and small targets fail on phones.
      ...(only ? {} : { rules: { 'target-size': { enabled: true } } }),
    });
    if (!result.passes.length && !result.violations.length) throw new Error('axe: no rule passed or failed, so none ran');
    return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
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
      "(WCAG 2.1.1; axe's scrollable-region-focusable asks for exactly this). IBM wants every tabbable " +
      'element to have a widget role, but the region is not a control to operate: WCAG 4.1.2 asks for ' +
      'its name and role, which it has ("region" and the table\'s name). Browsers that focus scrollers ' +
      'by themselves (Chromium, Firefox) do the same without tabindex; Safari does not.',
  },
];

/**
 * IBM rules not run at all, with the reason. Not a disagreement with axe: a cost. Keep it to rules
 * outside the site's standard (WCAG 2.1 AA).
 */
export const IBM_RULES_NOT_RUN: Record<string, string> = {
  element_tabbable_unobscured:
    'WCAG 2.2 SC 2.4.11 (Focus Not Obscured), outside the WCAG 2.1 AA the site promises; it compares every ' +
    "tabbable element's box with every other element's, and took 40 % of the engine's time (21 of 54 s on " +
    'the embed builder, 10 of 24 s on the library list, on a loaded machine) while finding nothing on the pages checked ' +
    'with it. Moving the site to WCAG 2.2 means running it again (the sticky table headers are what it would watch).',
};

/**
 * IBM's definite violations (level "violation": policy VIOLATION, confidence FAIL; not the
 * "potential" ones or recommendations, which need a person to judge) under its IBM_Accessibility
 * policy (its WCAG 2.2 A/AA rules and IBM's own, such as all content inside landmarks), less the
 * rules above. One line per finding: rule, reason, the element's path (through same-origin
 * frames) and IBM's message.
 */
export async function ibmViolations(target: Page | Frame): Promise<string[]> {
  if (!(await target.evaluate(() => 'ace' in window))) await target.evaluate(ACE_SOURCE);
  return target.evaluate(
    async ({ exclusions, skipped }) => {
      // @ts-expect-error ace is injected above
      const checker = new window.ace.Checker();
      // Not checker.disableRule(id): in engine 4.0.34 it ignores its argument and disables every
      // rule, so the harness ran none and reported 0 while an outside run found violations. Each
      // skipped rule is switched off by its id instead, and the guideline registered again.
      for (const guideline of checker.getGuidelines() as { checkpoints: { rules: { id: string; enabled?: boolean }[] }[] }[]) {
        let changed = false;
        for (const checkpoint of guideline.checkpoints)
          for (const rule of checkpoint.rules)
            if (skipped.includes(rule.id) && rule.enabled !== false) {
              rule.enabled = false;
              changed = true;
            }
        if (changed) checker.addGuideline(guideline);
      }
      const report = (await checker.check(document, ['IBM_Accessibility'])) as {
        results: { ruleId: string; reasonId: string; value: [string, string]; path: { dom: string }; message: string }[];
      };
      // An engine that checked nothing reports nothing: a harness fault, never a clean page.
      if (!report.results.some((r) => r.value[1] === 'PASS')) throw new Error('IBM engine: no rule passed or failed, so none ran');
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
    },
    { exclusions: IBM_EXCLUSIONS, skipped: Object.keys(IBM_RULES_NOT_RUN) },
  );
}
