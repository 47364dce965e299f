/**
 * An automated accessibility audit of what a page shows, with axe-core (Deque's rules engine, the one browser
 * devtools' audits use), for the WCAG 2.1 A and AA rules it can check by itself. It finds what a reader of a screen
 * reader or a keyboard meets first (a control without a name, an ARIA role misused, text too faint, a page without its
 * language) and leaves to the other tests what only use shows (focus order, what is announced when).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AuditOptions {
  /** Only this part of the page (a CSS selector; axe looks into open shadow roots). */
  include?: string;
}

/** One line per problem: the rule, how much it matters, and the elements it found, so a failure says what to fix. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' > ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

/**
 * The WCAG 2.1 A/AA violations axe finds on `page` as it is now. Run through the DevTools protocol (page.evaluate),
 * so an extension page's Content-Security-Policy, which forbids inline scripts, does not keep axe out.
 */
export async function accessibilityViolations(page: Page, options: AuditOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    async ({ include }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      return axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
    },
    { include: options.include },
  );
  return describeViolations(results.violations);
}
