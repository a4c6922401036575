/**
 * Who is answering changes the questions and the steps (issue #10): a parent of a child being extorted, someone
 * acting for a business under a denial-of-service attack with a ransom demand, and a teenager answering alone. Each
 * journey runs in English, Spanish and Portuguese and checks the words the person reads, taken from the locale files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { JourneyPage } from './pages/journey-page';
import { driveToReview, type ScenarioAnswers } from './support/drive';
import { openSection } from './support/sections';
import { answersOf, journeyScenario } from './support/situations';

type Texts = Record<string, Record<string, Record<string, string>>>;
const words = (lang: string, ns: string): Texts =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../locales', lang, `${ns}.json`), 'utf8'),
  ) as Texts;

const action = (lang: string, id: string, field: 'title' | 'how', context?: string) => {
  const texts = words(lang, 'assessment').actions?.[id] ?? {};
  return (context ? texts[`${field}_${context}`] : undefined) ?? texts[field] ?? '';
};
const label = (lang: string, id: string, context?: string) => {
  const q = words(lang, 'questionnaire').questions?.[id] as unknown as Record<string, string>;
  return (context ? q[`label_${context}`] : undefined) ?? q.label ?? '';
};

const safe = { in_danger_now: 'no', self_harm_thoughts: 'no' };

/** Who is answering, as the locale files name their wording variants; a person answering for themself has none. */
const CONTEXTS: Record<string, string | undefined> = {
  parent_or_carer: 'parent_or_carer',
  helper: 'helper',
  organisation: 'organisation',
};

/**
 * Each audience is one of the engine's golden scenarios (lib/triage/testing/scenarios-journeys.ts): the answers,
 * the urgency, the steps it must show and the steps it must not.
 */
const AUDIENCES = Object.fromEntries(
  Object.entries({
    'a parent whose son is being extorted with his images':
      'a parent in the US whose son is being extorted with his images protects him first and is not told to tell someone',
    'a web shop under a denial-of-service attack with a ransom demand':
      'a web shop in the UK under a denial-of-service attack with a ransom demand calls its host and is not told to disconnect',
    'a teenager answering alone, threatened with their images':
      'a teenager in Chile answering alone, threatened with their images, is told to tell someone they trust, not to protect a child',
  }).map(([label, name]) => {
    const found = journeyScenario(name);
    const answers: ScenarioAnswers = answersOf(found.case);
    return [
      label,
      {
        answers,
        context: CONTEXTS[found.case.respondent ?? ''],
        shows: found.expect.actions ?? [],
        hides: found.expect.noActions ?? [],
        level: found.expect.urgency,
      },
    ];
  }),
);

async function stepLabels(page: Page): Promise<string[]> {
  return page.locator('form.step .field__label').allInnerTexts();
}

for (const lang of ['en', 'es', 'pt'] as const) {
  for (const [name, who] of Object.entries(AUDIENCES)) {
    test(`[${lang}] ${name}: questions and steps speak to them`, async ({ page }) => {
      const journey = new JourneyPage(page, lang);
      await journey.startNew();
      // The first screen asks who is answering; once answered, the danger question on it speaks to them.
      await page
        .locator(`form.step input[name="respondent"][value="${who.answers.respondent as string}"]`)
        .check();
      const danger = label(lang, 'in_danger_now', who.context);
      await expect(page.locator('form.step .field__label', { hasText: danger })).toBeVisible();
      if (who.context) expect(danger).not.toBe(label(lang, 'in_danger_now'));
      const seenLabels: string[] = [];
      let askedAge = false;
      await driveToReview(page, who.answers, {
        onScreen: async (visit) => {
          if (visit.kind !== 'step') return;
          seenLabels.push(...(await stepLabels(page)));
          if ((await page.locator('form.step input[name="age_group"]').count()) > 0) askedAge = true;
        },
      });
      // Later questions speak to them too.
      expect(seenLabels.map((l) => l.trim())).toContain(label(lang, 'money_sent', who.context));
      // A business is not asked a person's age; a parent and a teenager are.
      expect(askedAge).toBe(who.context !== 'organisation');

      await page.getByTestId('see-results').click();
      await expect(page.getByTestId('urgency-banner')).toHaveAttribute('data-level', who.level);
      const body = page.locator('main');
      for (const id of who.shows)
        await expect(body.getByText(action(lang, id, 'title', who.context)).first(), id).toBeVisible();
      for (const id of who.hides) {
        for (const context of [undefined, 'parent_or_carer', 'helper', 'organisation']) {
          const title = action(lang, id, 'title', context);
          if (title)
            await expect(body.getByText(title, { exact: true }), `${id} ${context ?? ''}`).toHaveCount(0);
        }
      }
    });
  }
}

for (const lang of ['en', 'es', 'pt'] as const) {
  test(`[${lang}] someone used to move money reads their own legal position apart, with legal help`, async ({
    page,
  }) => {
    await new JourneyPage(page, lang).startNew();
    await driveToReview(page, {
      respondent: 'person_harmed',
      ...safe,
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['money_mule', 'job_task_scam'],
      money_sent: 'no',
      country: 'GB',
      age_group: 'age_18_to_59',
      mule_received_money: 'yes',
      mule_still_asked: 'yes',
    });
    await page.getByTestId('see-results').click();
    const own = page.getByTestId('own-position');
    await expect(own).toBeVisible();
    await openSection(page, 'results_own_position');
    const results = words(lang, 'results') as unknown as Record<string, string>;
    await expect(own).toContainText(results.own_position_intro ?? '');
    await expect(own.locator('[data-note="possible_laundering_exposure"]')).toBeVisible();
    await expect(own.locator('[data-referral]').first()).toBeVisible();
    // Laundering is not listed as something done to them, and the note is not repeated among the legal notes.
    await expect(page.locator('[data-article="unc_17"]')).toHaveCount(0);
    await expect(
      page.getByTestId('offences').locator('[data-note="possible_laundering_exposure"]'),
    ).toHaveCount(0);
  });
}
