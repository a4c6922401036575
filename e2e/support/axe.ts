import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the whole page, with every rule axe runs by default, and fails with the ids of the rules violated.
 *
 * Two things keep a scan of a long page (results, the pack) affordable on a slow machine without checking less:
 * - `resultTypes: ['violations']`: axe still runs every rule on every node, but reports passes, incomplete and
 *   inapplicable results with one node each instead of thousands, so far less is serialised back to the test.
 * - legacy mode runs `axe.run()` in the page itself instead of `runPartial()` per frame plus `finishRun()` in a
 *   blank page the helper opens for the purpose. The app has no frames (its Content-Security-Policy allows none
 *   from another origin), so nothing goes unchecked.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = results.violations.map(
    (v) => `${where}: ${v.id} (${v.nodes.length}: ${v.nodes[0]?.target.join(' ') ?? ''})`,
  );
  expect(found).toEqual([]);
}
