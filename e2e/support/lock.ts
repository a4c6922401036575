// The passphrase lock as the end-to-end tests drive it: a case with a marker behind the lock, the unlock form with
// nothing of the case in the page, and trying a passphrase.
import { expect, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './axe';
import { accountField, openAccountQuestion } from './typing';

export const MARKER = 'zqvlockmarker';
export const PASSPHRASE = 'quiet river lantern';
export const NEW_PASSPHRASE = 'amber meadow seven';

/** A case with the marker in its account, saved, and the lock turned on from the cases screen. */
export async function caseBehindLock(page: Page): Promise<void> {
  await openAccountQuestion(page);
  await accountField(page).fill(`What happened: ${MARKER}`);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.getByTestId('open-cases').click();
  const settings = page.getByTestId('lock-settings');
  await expect(settings).toHaveAttribute('data-state', 'off');
  await page.getByTestId('lock-setup').click();
  await expectNoAxeViolations(page, 'the lock settings, before turning it on');
  // Before it is turned on: the plain warning, and a protected backup offered first.
  await expect(page.getByTestId('lock-warning')).toContainText('nobody can recover it');
  await expect(page.getByTestId('lock-warning').getByRole('button')).toHaveText(
    'Save a protected backup first',
  );
  await page.getByTestId('lock-new').fill(PASSPHRASE);
  await page.getByTestId('lock-again').fill(`${PASSPHRASE}x`);
  await page.getByTestId('lock-understood').check();
  await page.getByTestId('lock-turn-on').click();
  await expect(page.getByTestId('lock-problem')).toContainText('not the same');
  await page.getByTestId('lock-again').fill(PASSPHRASE);
  await page.getByTestId('lock-turn-on').click();
  await expect(page.getByTestId('lock-done')).toBeVisible({ timeout: 20_000 });
  await expect(settings).toHaveAttribute('data-state', 'unlocked');
  await page.getByRole('button', { name: 'Back to my notes' }).click();
  await expect(accountField(page)).toHaveValue(`What happened: ${MARKER}`);
}

/** The unlock form is all there is: no case text anywhere in the page's HTML. */
export async function expectOnlyUnlockForm(page: Page): Promise<void> {
  await expect(page.getByTestId('unlock-screen')).toBeVisible();
  await expect(page.getByTestId('unlock-screen').getByRole('heading')).toHaveText('Your notes are locked');
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  expect(html).not.toContain(MARKER);
  await expect(page.locator('form.step[data-step="your_account"]')).toHaveCount(0);
}

export async function tryPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
}
