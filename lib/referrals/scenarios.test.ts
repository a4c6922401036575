/**
 * The directory through the whole journey: situations from the evaluation set (lib/triage-evaluation/<cc>.json,
 * answers as a person would give them) assessed by the engine, then resolved by the selection. Checks the services
 * the 2026-12 audit added or corrected, and that every card the selection offers gives a way to act.
 */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DIRECTORY_COUNTRIES } from '../case/codes';
import { assess } from '../triage/assess';
import { getAllScenarios, NOW } from '../triage/testing/scenarios';
import { caseOfScenario, EVALUATION_NOW } from '../triage-evaluation/evaluate';
import { loadScenarios } from '../triage-evaluation/load';
import { getEntry, hasWayToAct } from './directory';
import { selectReferrals } from './select';
import type { ReferralSelection } from './select';

const EVALUATION = loadScenarios(path.resolve(import.meta.dirname, '../triage-evaluation'));

function selectionFor(id: string, country?: string): ReferralSelection {
  const scenario = EVALUATION.find((s) => s.id === id);
  if (!scenario) throw new Error(`the evaluation situation ${id} was renamed`);
  const c = caseOfScenario(scenario);
  const assessment = assess(c, { now: EVALUATION_NOW });
  return selectReferrals(assessment, country ? { ...c, country } : c);
}

const residenceIds = (selection: ReferralSelection) =>
  selection.referrals.filter((r) => r.source === 'residence').map((r) => r.entry.id);

describe('a child or teenager harmed online, in each country the audit found a child line for', () => {
  it.each([
    ['es_sextortion_girl_more_images_parent', 'es_anar'],
    ['cl_sextortion_teen_alone_self', 'cl_fono_ninos_147'],
    ['ar_grooming_tiktok_girl_parent', 'ar_linea_102'],
    ['ar_grooming_tiktok_girl_parent', 'ar_linea_137'],
    ['pe_free_fire_photos_girl_parent', 'pe_linea_100'],
    ['mx_sextortion_game_girl_parent', 'mx_te_protejo'],
    ['pt_teen_sextortion_shared_self', 'pt_sos_crianca'],
    ['au_images_of_daughter_school_parent', 'au_kids_helpline'],
  ])('"%s" is offered %s as a child-protection service', (scenarioId, entryId) => {
    const selection = selectionFor(scenarioId);
    // A line that is also a crisis line may be listed for that need first: the entry is what counts.
    expect(residenceIds(selection)).toContain(entryId);
    expect(getEntry(entryId)?.kind).toBe('child_protection');
    // The person is no longer told their country has no such service.
    expect(
      selection.notices.filter(
        (n) => n.code === 'no_national_service_for_kind' && n.kind === 'child_protection',
      ),
    ).toEqual([]);
  });

  it('offers the listening lines (ANAR, SOS-Criança, Kids Helpline) as crisis support to a teenager too', () => {
    expect(residenceIds(selectionFor('pt_teen_sextortion_shared_self'))).toContain('pt_sos_crianca');
    const teen = selectionFor('cl_sextortion_teen_alone_self', 'ES');
    expect(residenceIds(teen)).toContain('es_anar');
    const inAustralia = selectionFor('cl_sextortion_teen_alone_self', 'AU');
    expect(residenceIds(inAustralia)).toContain('au_kids_helpline');
  });

  it.each(DIRECTORY_COUNTRIES.map((country) => [country]))(
    'the Chilean teenager’s situation, lived in %s, gets a child-protection service of that country',
    (country) => {
      const selection = selectionFor('cl_sextortion_teen_alone_self', country);
      const childServices = residenceIds(selection).filter((id) => getEntry(id)?.kind === 'child_protection');
      expect(childServices, country).not.toEqual([]);
    },
  );
});

describe('every card the selection offers gives a way to act', () => {
  const offendersIn = (selection: ReferralSelection) =>
    selection.referrals.filter((r) => r.source !== 'own' && !hasWayToAct(r.entry)).map((r) => r.entry.id);

  it.each(EVALUATION.map((s) => [s.id, s] as const))(
    '"%s", in every directory country and outside it',
    (_id, scenario) => {
      const c = caseOfScenario(scenario);
      const assessment = assess(c, { now: EVALUATION_NOW });
      for (const country of [...DIRECTORY_COUNTRIES, 'NG', 'other', null]) {
        const selection = selectReferrals(assessment, { ...c, country });
        expect(offendersIn(selection), String(country)).toEqual([]);
      }
    },
  );

  it.each(getAllScenarios().map((s) => [s.name, s] as const))(
    'engine scenario "%s", in every directory country',
    (_name, scenario) => {
      const assessment = assess(scenario.case, { now: new Date(scenario.now ?? NOW) });
      for (const country of DIRECTORY_COUNTRIES) {
        const selection = selectReferrals(assessment, { ...scenario.case, country });
        expect(offendersIn(selection), country).toEqual([]);
      }
    },
  );

  it('gives a Brazilian something to tap: a number or an address on every card', () => {
    const selection = selectionFor('br_sextortion_teen_paid_pix_parent');
    expect(selection.referrals.length).toBeGreaterThan(3);
    expect(selection.referrals.some((r) => r.source !== 'own' && r.entry.phones.length > 0)).toBe(true);
    expect(residenceIds(selection)).toContain('br_sinesp_devir');
    expect(residenceIds(selection)).not.toContain('br_policia_civil_online');
  });
});
