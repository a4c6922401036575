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

const AUDIENCES: Record<
  string,
  {
    answers: ScenarioAnswers;
    context?: string;
    /** Steps (action ids) the results must show, and steps they must not. */
    shows: string[];
    hides: string[];
    level: string;
  }
> = {
  'a parent whose son is being extorted with his images': {
    context: 'parent_or_carer',
    answers: {
      respondent: 'parent_or_carer',
      ...safe,
      intimate_image_threat: 'yes',
      child_at_risk: 'yes',
      incident_types: ['sextortion'],
      money_sent: 'no',
      country: 'US',
      age_group: 'under_18',
      threat_ongoing: 'yes',
      images_shared_already: 'no',
      child_relationship: 'my_child_or_family',
    },
    shows: ['protect_child_now', 'contact_crisis_line', 'stop_replying_to_extortion'],
    hides: ['tell_someone_you_trust', 'stop_paying'],
    level: 'emergency',
  },
  'a web shop under a denial-of-service attack with a ransom demand': {
    context: 'organisation',
    answers: {
      respondent: 'organisation',
      ...safe,
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['ddos'],
      money_sent: 'asked_not_paid',
      country: 'GB',
      systems_affected: 'business_or_organisation',
      device_harm: ['service_down_or_slow'],
      attack_ongoing: 'yes',
      attack_demand: 'yes',
    },
    shows: ['stop_replying_to_extortion', 'contact_host_or_provider'],
    hides: ['isolate_affected_systems', 'tell_someone_you_trust', 'stop_paying'],
    level: 'urgent',
  },
  'a teenager answering alone, threatened with their images': {
    answers: {
      respondent: 'person_harmed',
      ...safe,
      intimate_image_threat: 'yes',
      child_at_risk: 'yes',
      incident_types: ['sextortion'],
      money_sent: 'no',
      country: 'CL',
      age_group: 'under_18',
      threat_ongoing: 'yes',
      images_shared_already: 'no',
      child_relationship: 'i_am_under_18',
    },
    shows: ['contact_crisis_line', 'tell_someone_you_trust', 'stop_replying_to_extortion'],
    hides: ['protect_child_now'],
    level: 'emergency',
  },
};

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
