import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DIRECTORY_COUNTRIES, REFERRAL_KINDS } from '../case/codes';
import type { ReferralKind } from '../case/codes';
import { LOCALES } from '../i18n/config';
import {
  DIRECTORY,
  hasWayToAct,
  listCountryEntries,
  listEntriesFiledUnder,
  listFactsToCheck,
  listInternationalEntries,
  needsCheck,
} from './directory';
import { DIRECTORY_GAPS, DIRECTORY_NOTES, findGap, NOTICE_CODES } from './gaps';
import {
  DirectoryEntrySchema,
  HOURS_DAYS,
  INTERNATIONAL,
  LANGUAGE_NOTES,
  PHONE_LABELS,
  VERIFICATION_LEVELS,
} from './types';

type Tree = { [key: string]: string | Tree };

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');
const TEXT = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, 'referrals.json'), 'utf8')) as Tree,
  ]),
);

function textAt(locale: string, key: string): string | undefined {
  let node: string | Tree | undefined = TEXT[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const SELECTABLE = ['always', 'fallback', 'cross_border'] as const;
const LIFELINE_KINDS: ReferralKind[] = ['emergency_services', 'crisis_line', 'victim_support'];

describe('every directory entry', () => {
  it.each(DIRECTORY.map((entry) => [entry.id, entry] as const))('%s passes the schema', (_id, entry) => {
    const result = DirectoryEntrySchema.safeParse(entry);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has a unique snake_case id', () => {
    const ids = DIRECTORY.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('has a source address, a check date, a check method and a verification level', () => {
    for (const entry of DIRECTORY) {
      expect(entry.source, entry.id).toMatch(/^https?:\/\/[^/\s]+\.[a-z]{2,}/);
      expect(entry.sourceNote.length, entry.id).toBeGreaterThan(5);
      expect(entry.verifiedOn, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(VERIFICATION_LEVELS, entry.id).toContain(entry.verification);
      expect(['reference_copy', 'live'], entry.id).toContain(entry.checkMethod);
    }
  });

  it('has what it is for and what it does not handle in all three languages', () => {
    const missing = LOCALES.flatMap((locale) =>
      DIRECTORY.flatMap((entry) =>
        ['purpose', 'not_for', ...(entry.isGeneric ? ['name'] : [])]
          .map((field) => `entries.${entry.id}.${field}`)
          .filter((key) => !textAt(locale, key)?.trim())
          .map((key) => `${locale}: ${key}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('gives a way to reach the service, except for the few the reference names without contact details', () => {
    // These stay in the directory for browsing (labels.no_contact_details) and are never selected: see hasWayToAct.
    const withoutContact = DIRECTORY.filter((entry) => !hasWayToAct(entry)).map((entry) => entry.id);
    // Mexico's cyber police and Fiscalía and Brazil's Polícia Civil have one office or site per state: they are generic
    // entries whose card says how to find the person's own.
    expect(withoutContact).toEqual(['pe_pnp_ciberdelincuencia', 'gb_report_fraud_victim_service']);
  });

  it('stores dialable numbers: E.164, or the short or national form used inside the country', () => {
    for (const entry of DIRECTORY)
      for (const phone of entry.phones)
        expect(phone.dial, entry.id).toMatch(/^(\+[1-9]\d{6,14}|\*?\d{2,12})$/);
  });
});

describe('the locale file', () => {
  it('has no text for entries that do not exist', () => {
    const ids = new Set(DIRECTORY.map((entry) => entry.id));
    for (const locale of LOCALES) {
      const entries = TEXT[locale]?.entries;
      expect(typeof entries, locale).toBe('object');
      const stale = Object.keys(entries as Tree).filter((id) => !ids.has(id));
      expect(stale, locale).toEqual([]);
    }
  });

  it('words every kind, verification level, phone label, hours pattern, language note and notice', () => {
    const keys = [
      ...REFERRAL_KINDS.map((kind) => `kinds.${kind}`),
      ...VERIFICATION_LEVELS.flatMap((level) => [
        `verification.${level}.label`,
        `verification.${level}.description`,
      ]),
      ...PHONE_LABELS.map((label) => `phone_labels.${label}`),
      ...[...HOURS_DAYS, 'always', 'times_only', 'in_time_zone'].map((days) => `hours.${days}`),
      ...LANGUAGE_NOTES.map((note) => `language_notes.${note}`),
      ...NOTICE_CODES.map((code) => `notices.${code}`),
      'verification.official_dated.label',
      'verification.official_dated.description',
      'labels.source_dated',
      'labels.source_undated',
      'labels.checked_live_on',
      'labels.checked_from_copies',
      'labels.source',
      'labels.call',
      'labels.open_website',
      'labels.hours',
      'labels.languages',
      'labels.check_before_relying',
    ];
    const missing = LOCALES.flatMap((locale) =>
      keys.filter((key) => !textAt(locale, key)?.trim()).map((key) => `${locale}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('tells the person to check an unconfirmed or partly confirmed fact, in every language', () => {
    for (const locale of LOCALES) {
      const check = textAt(locale, 'labels.check_before_relying') ?? '';
      expect(textAt(locale, 'verification.unverified.description')).toContain(check);
      expect(textAt(locale, 'verification.partial.description')).toContain(check);
    }
  });
});

describe('coverage of the twelve countries', () => {
  it.each(DIRECTORY_COUNTRIES.map((country) => [country]))(
    '%s has an emergency number, a police or cybercrime channel, a crisis line and victim support (or a gap)',
    (country) => {
      for (const kind of LIFELINE_KINDS) {
        const hasEntry = listCountryEntries(country, kind).length > 0;
        const gap = findGap(country, kind);
        expect(hasEntry || gap?.notice, `${country} ${kind}`).toBeTruthy();
        // A gap falls back to international services, never to nothing.
        if (!hasEntry)
          expect(listInternationalEntries(kind, SELECTABLE).length, `${country} ${kind}`).toBeGreaterThan(0);
      }
      const reporting = [
        ...listCountryEntries(country, 'police_cybercrime_report'),
        ...listCountryEntries(country, 'fraud_reporting_centre'),
      ];
      expect(reporting.length, `${country} reporting`).toBeGreaterThan(0);
      expect(
        listCountryEntries(country, 'emergency_services').length,
        `${country} emergency`,
      ).toBeGreaterThan(0);
      expect(listCountryEntries(country, 'crisis_line').length, `${country} crisis`).toBeGreaterThan(0);
      expect(listCountryEntries(country, 'financial_regulator_or_ombudsman').length, country).toBeGreaterThan(
        0,
      );
    },
  );

  it.each(DIRECTORY_COUNTRIES.map((country) => [country]))(
    '%s has a child line or child-abuse reporting service that gives a way to act',
    (country) => {
      const lines = listCountryEntries(country, 'child_protection').filter(hasWayToAct);
      // The audit of 2026-12 found one in every country, so a gap here would be a regression, not a fact.
      expect(
        lines.map((entry) => entry.id),
        country,
      ).not.toEqual([]);
      expect(findGap(country, 'child_protection'), country).toBeUndefined();
      for (const entry of lines) expect(entry.source, entry.id).toMatch(/^https?:\/\//);
    },
  );

  it('records Canada’s missing national fraud-victim support as a gap, not an invented entry', () => {
    expect(listCountryEntries('CA', 'victim_support')).toEqual([]);
    expect(findGap('CA', 'victim_support')?.notice).toBe('no_national_fraud_victim_support');
  });

  it('resolves every kind in every country to entries, a service offered everywhere, or a documented gap', () => {
    const unresolved: string[] = [];
    for (const country of DIRECTORY_COUNTRIES)
      for (const kind of REFERRAL_KINDS) {
        if (listCountryEntries(country, kind).length > 0) continue;
        if (listInternationalEntries(kind, ['always']).length > 0 && !findGap(country, kind)) continue;
        const gap = findGap(country, kind);
        const fallbackKinds = gap?.fallbackKinds ?? [];
        const hasFallback =
          fallbackKinds.some((k) => listCountryEntries(country, k).length > 0) ||
          [kind, ...fallbackKinds].some((k) => listInternationalEntries(k, SELECTABLE).length > 0);
        if (!gap || (!hasFallback && !gap.notice)) unresolved.push(`${country} ${kind}`);
      }
    expect(unresolved).toEqual([]);
  });

  it('resolves every kind for a country outside the directory to international services or a notice', () => {
    for (const kind of REFERRAL_KINDS) {
      const entries = listInternationalEntries(kind, SELECTABLE);
      expect(entries.length > 0 || Boolean(findGap(INTERNATIONAL, kind)?.notice), kind).toBe(true);
    }
  });

  it('lists no gap where the country has entries for every case (gaps go stale when entries are added)', () => {
    // Entries only for some circumstances (onlyWhen) leave the gap for every other case.
    const stale = DIRECTORY_GAPS.filter(
      (gap) =>
        gap.country !== INTERNATIONAL &&
        listCountryEntries(gap.country, gap.kind).some((entry) => (entry.onlyWhen ?? []).length === 0),
    ).map((gap) => `${gap.country} ${gap.kind}`);
    expect(stale).toEqual([]);
    const staleInternational = DIRECTORY_GAPS.filter(
      (gap) => gap.country === INTERNATIONAL && listInternationalEntries(gap.kind, SELECTABLE).length > 0,
    ).map((gap) => gap.kind);
    expect(staleInternational).toEqual([]);
  });

  it('files international entries under `international`, and country entries under their country', () => {
    expect(listEntriesFiledUnder(INTERNATIONAL).every((entry) => entry.useWhen !== undefined)).toBe(true);
    expect(DIRECTORY_NOTES.every((note) => listCountryEntries(note.country).length > 0)).toBe(true);
  });
});

describe('facts the reference could not confirm', () => {
  it('are marked wherever they appear: the entry needs checking, or the fact carries its own mark', () => {
    for (const entry of DIRECTORY) {
      const unconfirmed = listFactsToCheck(entry).filter((fact) => fact.verification === 'unverified');
      if (entry.verification === 'unverified' || entry.verification === 'partial' || unconfirmed.length > 0)
        expect(needsCheck(entry), entry.id).toBe(true);
    }
  });

  it('include the addresses the reference calls likely but unconfirmed, and only with the mark', () => {
    const marked = DIRECTORY.filter((entry) => entry.urlVerification === 'unverified').map(
      (entry) => entry.id,
    );
    expect(marked.sort()).toEqual(
      // SERNAC's address was confirmed on its own complaint page in the 2026-12 audit.
      ['ca_rcmp_reporting_system', 'co_cai_virtual', 'es_policia_nacional', 'gb_ceop'].sort(),
    );
    for (const entry of DIRECTORY.filter((e) => marked.includes(e.id))) expect(needsCheck(entry)).toBe(true);
  });

  it('never name Action Fraud as the current UK service', () => {
    for (const entry of DIRECTORY) expect(entry.name).not.toMatch(/action fraud/i);
  });
});
