import { expect, type Page } from '@playwright/test';

import { JourneyPage } from '../pages/journey-page';
import { driveTo, driveToReview, type ScenarioAnswers } from './drive';
import { openSection } from './sections';
import { SITUATIONS } from './situations';

/** One kind of screen of the app, and how to reach it from a fresh browser. */
export type Screen = {
  name: string;
  /**
   * The whole test's time (browser context, reaching the screen, one axe scan) on a 2-core machine that is also
   * building or running other tests: about five times the worst seen there (load average 20: the start page 15 s
   * in all, a whole journey to the pack 20 s, its scan 4 s).
   */
  budgetMs: number;
  /** Goes to the screen and waits until it is fully shown. */
  reach: (page: Page) => Promise<void>;
  /** The screen moves the focus to its heading when it appears (for people using a screen reader). */
  focusesHeading: boolean;
};

const SHORT = 45_000;
const PART_JOURNEY = 90_000;
const WHOLE_JOURNEY = 150_000;

const answersOf = (situation: string): ScenarioAnswers => SITUATIONS[situation]?.answers ?? {};
const ROMANCE = answersOf('a romance scam with a bank transfer yesterday');

async function startQuestions(page: Page): Promise<JourneyPage> {
  const journey = new JourneyPage(page, 'es');
  await journey.startNew();
  return journey;
}

async function reachUrgentPanel(page: Page, situation: string, panel: string): Promise<void> {
  await startQuestions(page);
  await driveTo(page, answersOf(situation), (v) => v.kind === 'urgent' && v.id === panel);
  await expect(page.locator(`[data-testid="urgent-panel"][data-panel="${panel}"]`)).toBeVisible();
}

async function reachCheckAnswers(page: Page): Promise<void> {
  await startQuestions(page);
  await driveToReview(page, ROMANCE);
  await expect(page.getByTestId('see-results')).toBeVisible();
}

async function reachResults(page: Page): Promise<void> {
  await reachCheckAnswers(page);
  await page.getByTestId('see-results').click();
  await openSection(page, 'results_help');
  await expect(page.locator('[data-referral]').first()).toBeVisible();
}

/** Every kind of screen, in Spanish (the longest texts of the three languages). */
export const SCREENS: readonly Screen[] = [
  {
    name: 'the start page',
    budgetMs: SHORT,
    focusesHeading: false,
    reach: async (page) => {
      await page.goto('/es/');
      await expect(page.getByTestId('start-new')).toBeVisible();
    },
  },
  {
    name: 'a question',
    budgetMs: SHORT,
    focusesHeading: true,
    reach: async (page) => {
      await startQuestions(page);
    },
  },
  {
    name: 'a question with the error summary',
    budgetMs: SHORT,
    focusesHeading: false,
    reach: async (page) => {
      await startQuestions(page);
      await page.getByTestId('continue').click();
      // The summary takes the focus, so that it is read out first.
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  {
    name: 'the urgent panel for someone in danger',
    budgetMs: PART_JOURNEY,
    focusesHeading: true,
    reach: (page) => reachUrgentPanel(page, 'sextortion of a minor', 'safety'),
  },
  {
    name: 'the urgent panel for ongoing extortion',
    budgetMs: PART_JOURNEY,
    focusesHeading: true,
    reach: (page) => reachUrgentPanel(page, 'sextortion of a minor', 'extortion'),
  },
  {
    name: 'the urgent panel for money that may still be recalled',
    budgetMs: PART_JOURNEY,
    focusesHeading: true,
    reach: (page) => reachUrgentPanel(page, 'a romance scam with a bank transfer yesterday', 'money_recall'),
  },
  {
    name: 'the urgent panel for accounts someone else controls',
    budgetMs: PART_JOURNEY,
    focusesHeading: true,
    reach: (page) => reachUrgentPanel(page, 'an account takeover', 'access'),
  },
  {
    name: 'the record editor (a payment)',
    budgetMs: PART_JOURNEY,
    focusesHeading: false,
    reach: async (page) => {
      await startQuestions(page);
      await driveTo(page, ROMANCE, (v) => v.kind === 'step' && v.id === 'payment_records');
      await page.getByRole('button', { name: 'Agregar un pago' }).click();
      await expect(page.locator('#payments-amount')).toBeVisible();
    },
  },
  {
    name: 'check your answers',
    budgetMs: WHOLE_JOURNEY,
    focusesHeading: true,
    reach: reachCheckAnswers,
  },
  {
    name: 'the results',
    budgetMs: WHOLE_JOURNEY,
    focusesHeading: false,
    reach: reachResults,
  },
  {
    name: 'the referral pack',
    budgetMs: WHOLE_JOURNEY,
    focusesHeading: false,
    reach: async (page) => {
      await reachResults(page);
      await page.getByTestId('open-pack').click();
      await openSection(page, 'pack_preview');
      await expect(page.getByTestId('pack-preview')).toBeVisible();
      await expect(page.getByTestId('urgency-banner')).toHaveCount(0);
    },
  },
  {
    name: 'the saved notes',
    budgetMs: SHORT,
    focusesHeading: false,
    reach: async (page) => {
      const journey = await startQuestions(page);
      await journey.choose('in_danger_now', 'no');
      await journey.continue();
      await journey.expectSaved();
      await page.getByTestId('open-cases').click();
      await expect(page.getByTestId('case-item')).toHaveCount(1);
    },
  },
  {
    name: 'the neutral page',
    budgetMs: SHORT,
    focusesHeading: false,
    reach: async (page) => {
      await page.goto('/es/weather/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
];
