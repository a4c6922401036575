// Issue 15, point 3, with more than one tab open: locking is for the whole device, not one page. The lock turned on
// in one tab locks the others, which do not hold the passphrase's key; "Lock now" in one tab locks them all; turned
// off in one tab, a tab showing the unlock form opens again without a passphrase.
import { expect, test, type Page } from '@playwright/test';

import { expectOnlyUnlockForm, MARKER, PASSPHRASE, tryPassphrase } from './support/lock';
import { accountField, openAccountQuestion } from './support/typing';

const opened = (page: Page) => accountField(page).or(page.locator('.cases')).first();

test('the lock turned on, "Lock now" and the lock turned off in one tab reach the other open tab', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await openAccountQuestion(first);
  await accountField(first).fill(`What happened: ${MARKER}`);
  await expect(first.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const second = await context.newPage();
  await second.goto('/en/check/');
  await expect(accountField(second)).toHaveValue(`What happened: ${MARKER}`);

  // Turned on in the first tab: the second, which never had the passphrase, shows only the unlock form.
  await first.getByTestId('open-cases').click();
  await first.getByTestId('lock-setup').click();
  await first.getByTestId('lock-new').fill(PASSPHRASE);
  await first.getByTestId('lock-again').fill(PASSPHRASE);
  await first.getByTestId('lock-understood').check();
  await first.getByTestId('lock-turn-on').click();
  await expect(first.getByTestId('lock-settings')).toHaveAttribute('data-state', 'unlocked', {
    timeout: 20_000,
  });
  await expectOnlyUnlockForm(second);
  await expect(first.getByTestId('unlock-screen')).toHaveCount(0);

  // Unlocked in the second tab; "Lock now" in the first locks both.
  await tryPassphrase(second, PASSPHRASE);
  await expect(opened(second)).toBeVisible({ timeout: 20_000 });
  await first.getByTestId('lock-now').click();
  await expectOnlyUnlockForm(first);
  await expectOnlyUnlockForm(second);

  // Unlocked in the first tab and turned off there: the second opens again, with no passphrase asked.
  await tryPassphrase(first, PASSPHRASE);
  await expect(first.getByTestId('lock-settings')).toHaveAttribute('data-state', 'unlocked', {
    timeout: 20_000,
  });
  await first.getByTestId('lock-off').click();
  await first.getByTestId('lock-current').fill(PASSPHRASE);
  await first.getByTestId('lock-off-submit').click();
  await expect(first.getByTestId('lock-settings')).toHaveAttribute('data-state', 'off', { timeout: 20_000 });
  await expect(second.getByTestId('unlock-screen')).toHaveCount(0);
  await expect(opened(second)).toBeVisible();
  // The case is open again there (it was on the cases screen, saved last by the first tab).
  await expect(second.locator('.cases')).toContainText('Open now');
});
