import fs from 'node:fs';
import path from 'node:path';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from '@/lib/i18n/config';
import { createI18n } from '@/lib/i18n/create-i18n';
import { DIRECTORY, getEntry, needsCheck } from '@/lib/referrals/directory';
import { isSourceStale } from '@/lib/referrals/freshness';
import type { SelectedDirectoryReferral } from '@/lib/referrals/select';
import type { DirectoryEntry } from '@/lib/referrals/types';

import { ReferralCard } from './referral-card';

// A server render in Node (no DOM here): enough to check the words and the marks a card carries.
function render(locale: Locale, entry: DirectoryEntry, today: Date): string {
  const file = path.resolve(import.meta.dirname, `../../locales/${locale}/referrals.json`);
  const referrals = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const i18n = createI18n(locale, { referrals });
  const selected: SelectedDirectoryReferral = {
    source: 'residence',
    entry,
    kind: entry.kind,
    reasons: [],
    verification: entry.verification,
    needsCheck: needsCheck(entry),
  };
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ReferralCard, { selected, locale, callerCountry: entry.country, today }),
    ),
  );
}

function entry(id: string): DirectoryEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`the entry ${id} was renamed`);
  return found;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const TODAY = new Date('2026-12-02T12:00:00Z');

describe('the date a card shows', () => {
  it('is the date of the entry’s own source, not one check date for every card', () => {
    const condusef = text(render('en', entry('mx_condusef'), TODAY));
    const anar = text(render('en', entry('es_anar'), TODAY));
    expect(condusef).toContain('Source dated February 18, 2026');
    expect(anar).toContain('Source dated May 3, 2023');
    for (const html of [condusef, anar]) {
      expect(html).not.toMatch(/Last checked/);
      expect(html).toContain('Checked against saved copies of public pages');
    }
  });

  it('says when the source gives no date', () => {
    expect(text(render('en', entry('gb_report_remove'), TODAY))).toContain('Source undated');
  });

  it('says "undated" on every card whose source shows no date, and the year on every other card', () => {
    const undated = DIRECTORY.filter((e) => e.sourceDate === undefined);
    expect(undated.length).toBeGreaterThan(0);
    for (const e of DIRECTORY) {
      const line = /data-testid="source-date">([^<]*)</.exec(render('en', e, TODAY))?.[1] ?? '';
      if (e.sourceDate === undefined) {
        expect(line, e.id).toContain('Source undated');
        expect(line, e.id).not.toMatch(/\d{4}/);
      } else expect(line, e.id).toContain(`Source dated`);
      if (e.sourceDate !== undefined) expect(line, e.id).toContain(e.sourceDate.slice(0, 4));
    }
  });

  it.each(LOCALES)('is worded in %s without a missing key', (locale) => {
    for (const id of ['pt_sos_crianca', 'mx_condusef', 'gb_report_remove', 'ar_911']) {
      const html = render(locale, entry(id), TODAY);
      expect(html, id).not.toMatch(/labels\.|verification\.|phone_labels\.|entries\./);
    }
  });
});

describe('a generic card ("your bank", "your state’s Polícia Civil")', () => {
  it.each(DIRECTORY.filter((e) => e.isGeneric).map((e) => [e.id, e] as const))(
    '%s has its own name and says how to find the contact, never "no contact details"',
    (_id, e) => {
      for (const locale of LOCALES) {
        const html = text(render(locale, e, TODAY));
        expect(html, locale).not.toMatch(/entries\.|labels\./);
        const file = path.resolve(import.meta.dirname, `../../locales/${locale}/referrals.json`);
        const noContact = (JSON.parse(fs.readFileSync(file, 'utf8')) as { labels: Record<string, string> })
          .labels.no_contact_details;
        expect(noContact, locale).toBeTruthy();
        expect(html, locale).not.toContain(noContact);
      }
      expect(text(render('pt', entry('br_policia_civil_online'), TODAY))).toContain(
        'Polícia Civil do seu estado (BO online)',
      );
    },
  );
});

describe('the verification badge', () => {
  it('does not say "confirmed on an official page" for an official page from 2015', () => {
    const html = render('en', entry('pt_sos_crianca'), TODAY);
    expect(html).toContain('data-verification="official_dated"');
    expect(text(html)).toContain('On an official page dated 2015');
    expect(text(html)).not.toContain('Confirmed on an official page');
    expect(text(html)).toContain('that page is more than three years old');
  });

  it('keeps the official badge for a recent official page', () => {
    const html = render('en', entry('mx_condusef'), TODAY);
    expect(html).toContain('data-verification="official"');
    expect(text(html)).toContain('Confirmed on an official page');
    expect(html).not.toContain('data-testid="needs-check"');
  });

  it('gives the badge back after a fresh live check, and says when it was made', () => {
    const rechecked: DirectoryEntry = {
      ...entry('pt_sos_crianca'),
      checkMethod: 'live',
      verifiedOn: '2026-11-20',
    };
    const html = render('en', rechecked, TODAY);
    expect(html).toContain('data-verification="official"');
    // The apostrophe is escaped in the markup.
    expect(text(html)).toMatch(/Checked on the organisation.{1,6}s own site on November 20, 2026/);
  });

  it('is never "confirmed on an official page" on any card whose source is over three years old', () => {
    const stale = DIRECTORY.filter((e) => e.verification === 'official' && isSourceStale(e, TODAY));
    expect(stale.length).toBeGreaterThan(0);
    for (const e of stale) {
      const html = render('en', e, TODAY);
      expect(text(html), e.id).not.toContain('Confirmed on an official page');
      expect(html, e.id).toContain('data-verification="official_dated"');
    }
  });
});

describe('each fact’s own mark', () => {
  it('marks a partly confirmed number beside that number, not the whole card', () => {
    const html = render('en', entry('es_anar'), TODAY);
    const items = html.split('<li').slice(1);
    const old = items.find((item) => item.includes('900 20 20 10'));
    const main = items.find((item) => item.includes('116 111'));
    expect(old).toContain('data-fact-verification="partial"');
    expect(text(old ?? '')).toContain('Partly confirmed · Check before relying on this');
    expect(main).not.toContain('data-fact-verification');
  });

  it('marks each of Argentina’s provincial numbers as partly confirmed, and 911 not', () => {
    const items = render('es', entry('ar_911'), TODAY).split('<li').slice(1);
    expect(items).toHaveLength(4);
    const marked = items.filter((item) => item.includes('data-fact-verification="partial"'));
    expect(marked.map((item) => /(101|107|100)/.exec(item)?.[1])).toEqual(['101', '107', '100']);
    expect(text(marked[0] ?? '')).toContain('Confirmado en parte');
  });

  it('marks an address confirmed only by a secondary source beside its link', () => {
    const html = render('pt', entry('br_sinesp_devir'), TODAY);
    const link = html.split('referral__link').find((part) => part.includes('delegaciavirtual'));
    expect(link).toContain('data-fact-verification="secondary"');
    expect(text(link ?? '')).toContain('Confirmado por fonte confiável');
  });
});
