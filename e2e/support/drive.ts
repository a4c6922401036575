import { expect, type Page } from '@playwright/test';

/** Answers by question id: an option id, a list of option ids, a country code, a date or text. */
export type ScenarioAnswers = Record<string, string | string[]>;

export type Visit = { kind: 'step'; id: string } | { kind: 'urgent'; id: string };

async function currentScreen(page: Page): Promise<Visit | 'review'> {
  const step = page.locator('form.step');
  const urgent = page.getByTestId('urgent-panel');
  const review = page.getByTestId('see-results');
  await expect(step.or(urgent).or(review).first()).toBeVisible();
  if (await review.isVisible()) return 'review';
  if (await urgent.isVisible())
    return { kind: 'urgent', id: (await urgent.getAttribute('data-panel')) ?? '' };
  return { kind: 'step', id: (await step.getAttribute('data-step')) ?? '' };
}

/** Fills in the answers for the questions shown on the current step (the others are skipped, as a person may). */
export async function answerStep(page: Page, answers: ScenarioAnswers, viaKeyboard = false): Promise<void> {
  for (const [questionId, value] of Object.entries(answers)) {
    const choices = page.locator(`form.step input[name="${questionId}"]`);
    if ((await choices.count()) > 0) {
      for (const v of typeof value === 'string' ? [value] : value) {
        const input = choices.and(page.locator(`[value="${v}"]`));
        if (viaKeyboard) {
          await input.focus();
          await page.keyboard.press('Space');
          await expect(input).toBeChecked();
        } else await input.check();
      }
      continue;
    }
    if (viaKeyboard) continue;
    const field = page.locator(`form.step #${questionId}`);
    if ((await field.count()) === 0) continue;
    const tag = await field.evaluate((el) => el.tagName.toLowerCase());
    const text = typeof value === 'string' ? value : value.join(', ');
    const options = page.locator(`form.step input[name="${questionId}_options"][value="${text}"]`);
    if ((await options.count()) > 0) await options.check();
    else if (tag === 'select') await field.selectOption(text);
    else await field.fill(text);
  }
}

/**
 * Walks the journey from the current screen to "check your answers", answering each step from the scenario and
 * reading each urgent panel. Returns every screen seen, in order.
 */
export async function driveToReview(
  page: Page,
  answers: ScenarioAnswers,
  options: { onScreen?: (visit: Visit, index: number) => Promise<void>; viaKeyboard?: boolean } = {},
): Promise<Visit[]> {
  return walk(page, answers, options, () => false);
}

/**
 * Walks the journey like driveToReview, but stops on the first screen that `isTarget` accepts, before answering
 * it. Fails if the journey reaches "check your answers" without showing that screen.
 */
export async function driveTo(page: Page, answers: ScenarioAnswers, isTarget: (visit: Visit) => boolean) {
  const visits = await walk(page, answers, {}, isTarget);
  const last = visits.at(-1);
  if (!last || !isTarget(last))
    throw new Error(
      `The journey reached check your answers without the screen wanted: ${JSON.stringify(visits)}`,
    );
  return visits;
}

async function walk(
  page: Page,
  answers: ScenarioAnswers,
  options: { onScreen?: (visit: Visit, index: number) => Promise<void>; viaKeyboard?: boolean },
  isTarget: (visit: Visit) => boolean,
): Promise<Visit[]> {
  const visits: Visit[] = [];
  for (let i = 0; i < 60; i++) {
    const screen = await currentScreen(page);
    if (screen === 'review') return visits;
    visits.push(screen);
    if (isTarget(screen)) return visits;
    await options.onScreen?.(screen, visits.length);
    const button = page.getByTestId(screen.kind === 'urgent' ? 'urgent-continue' : 'continue');
    if (screen.kind === 'step') await answerStep(page, answers, options.viaKeyboard);
    if (options.viaKeyboard) {
      await button.focus();
      await page.keyboard.press('Enter');
    } else await button.click();
    await expect
      .poll(async () => {
        const next = await currentScreen(page);
        return next === 'review' || next.kind !== screen.kind || next.id !== screen.id;
      })
      .toBe(true);
  }
  throw new Error(`The journey did not reach check your answers: ${JSON.stringify(visits)}`);
}
