// Many tabs, one truth: two tabs of one case keep both people's answers, and "Delete everything" in one tab closes
// the case in the other, which can never write it back.
import { expect, test } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { readStoredCases } from './support/storage';

test('two tabs answering different questions of one case keep both answers', async ({ context }) => {
  const first = await context.newPage();
  const journey = new JourneyPage(first, 'en');
  await journey.startNew();
  const second = await context.newPage();
  await second.goto('/en/check/');
  await new JourneyPage(second, 'en').expectStep('safety_now');

  await journey.choose('in_danger_now', 'no');
  await journey.expectSaved();
  await second.locator('input[name="self_harm_thoughts"][value="prefer_not_to_say"]').check();
  await new JourneyPage(second, 'en').expectSaved();

  await expect
    .poll(async () => (await readStoredCases(first))[0]?.case.answers)
    .toMatchObject({ in_danger_now: 'no', self_harm_thoughts: 'prefer_not_to_say' });
  // Each tab takes in the other's answer.
  await expect(first.locator('input[name="self_harm_thoughts"][value="prefer_not_to_say"]')).toBeChecked();
  await expect(second.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();
});

test('after "Delete everything" in one tab, the other says the case was deleted and writes nothing back', async ({
  context,
}) => {
  const first = await context.newPage();
  const journey = new JourneyPage(first, 'en');
  await journey.startNew();
  await journey.choose('in_danger_now', 'no');
  await journey.expectSaved();
  const second = await context.newPage();
  await second.goto('/en/check/');
  await expect(second.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();

  await first.getByTestId('open-cases').click();
  await first.getByTestId('delete-all').click();
  await first.getByTestId('delete-all-confirm').click();
  await expect(first.getByTestId('case-closed')).toBeVisible({ timeout: 15_000 });

  await expect(second.getByTestId('case-closed')).toBeVisible();
  await expect(second.getByTestId('case-closed')).toContainText('another tab');
  // Nothing left to tick in the closed tab; and a stale page that still tried could not write (unit-tested).
  await expect(second.locator('input[name="in_danger_now"]')).toHaveCount(0);
  expect(await readStoredCases(second)).toEqual([]);
});

test('a tab that heard nothing of the deletion still cannot write the deleted case back', async ({
  context,
}) => {
  const first = await context.newPage();
  const journey = new JourneyPage(first, 'en');
  await journey.startNew();
  await journey.choose('in_danger_now', 'no');
  await journey.expectSaved();
  const second = await context.newPage();
  // This tab has no BroadcastChannel, as in a browser without it: it hears nothing from the other tab.
  await second.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel');
  });
  await second.goto('/en/check/');
  await expect(second.locator('input[name="in_danger_now"][value="no"]')).toBeChecked();

  await first.getByTestId('open-cases').click();
  await first.getByTestId('delete-all').click();
  await first.getByTestId('delete-all-confirm').click();
  await expect(first.getByTestId('case-closed')).toBeVisible({ timeout: 15_000 });

  await second.locator('input[name="in_danger_now"][value="yes"]').click();
  await expect(second.getByTestId('case-closed')).toBeVisible();
  await expect(second.getByTestId('save-status')).toHaveCount(0);
  expect(await readStoredCases(second)).toEqual([]);
});
