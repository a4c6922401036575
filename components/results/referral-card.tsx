'use client';

import { useTranslation } from 'react-i18next';

import { isDirectoryCountry } from '@/lib/case/codes';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/i18n/country-name';
import {
  describeHours,
  formatPhoneForDisplay,
  formatReferenceDate,
  formatTimeZone,
  phoneHref,
} from '@/lib/referrals/format';
import { shownVerification } from '@/lib/referrals/freshness';
import type { SelectedReferral } from '@/lib/referrals/select';
import { NEEDS_CHECK_LEVELS } from '@/lib/referrals/types';
import type { PhoneNumber, Verification } from '@/lib/referrals/types';

const EXTERNAL = { target: '_blank', rel: 'noreferrer noopener' } as const;

/** The verification of one fact (a number, an address) when it differs from the entry's, beside the fact. */
function FactMark({ level }: { level: Verification | undefined }) {
  const { t } = useTranslation('referrals');
  if (!level) return null;
  const needsCheck = NEEDS_CHECK_LEVELS.includes(level);
  return (
    <span
      className={needsCheck ? 'referral__fact-mark referral__fact-mark--check' : 'referral__fact-mark'}
      data-fact-verification={level}
    >
      {t(`verification.${level}.label`)}
      {needsCheck ? ` · ${t('labels.check_before_relying')}` : ''}
    </span>
  );
}

function PhoneLine({
  phone,
  locale,
  callerCountry,
  numberCountry,
}: {
  phone: PhoneNumber;
  locale: Locale;
  callerCountry: string | null;
  numberCountry?: string;
}) {
  const { t } = useTranslation('referrals');
  const href = phoneHref(phone);
  const shown = formatPhoneForDisplay(phone, {
    numberCountry: isDirectoryCountry(numberCountry) ? numberCountry : undefined,
    callerCountry,
  });
  const action =
    phone.channel === 'text'
      ? t('labels.send_text')
      : phone.channel === 'whatsapp'
        ? t('labels.whatsapp')
        : t('labels.call');
  let hours: string | null = null;
  if (phone.hours) {
    const h = describeHours(phone.hours, locale);
    const base = t(h.key, h.params);
    hours = h.timeZone
      ? t('hours.in_time_zone', { hours: base, zone: formatTimeZone(h.timeZone, locale) })
      : base;
  }
  return (
    <li className="referral__phone">
      {href ? (
        <a
          className="button button--call"
          href={href}
          rel={href.startsWith('http') ? EXTERNAL.rel : undefined}
        >
          {action} <span className="referral__number">{shown}</span>
        </a>
      ) : (
        <span className="referral__number">{shown}</span>
      )}
      <span className="muted">
        {[
          phone.label ? t(`phone_labels.${phone.label}`) : null,
          hours,
          phone.isFree ? t('labels.free_call') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>{' '}
      <FactMark level={phone.verification} />
    </li>
  );
}

/** One place to report or get help: tap to call, links that open outside the app, and where the facts come from. */
export function ReferralCard({
  selected,
  locale,
  callerCountry,
  today,
}: {
  selected: SelectedReferral;
  locale: Locale;
  callerCountry: string | null;
  /** The day to judge the age of sources against; today when absent. */
  today?: Date;
}) {
  const { t } = useTranslation('referrals');
  if (selected.source === 'own') {
    const e = selected.entry;
    return (
      <article className="referral panel" data-referral={e.id}>
        <p className="referral__kind">
          {t(`kinds.${e.kind}`)} · {t('labels.own_contact')}
        </p>
        <h3>{e.name}</h3>
        <ul className="referral__phones">
          {e.phones.map((p) => (
            <li key={p.display} className="referral__phone">
              {p.dial ? (
                <a className="button button--call" href={`tel:${p.dial}`}>
                  {t('labels.call')} <span className="referral__number">{p.display}</span>
                </a>
              ) : (
                <span className="referral__number">{p.display}</span>
              )}
            </li>
          ))}
        </ul>
        {e.url ? (
          <a href={e.url} {...EXTERNAL}>
            {e.urlText ?? e.url}
          </a>
        ) : null}
        {e.notes ? <p className="prewrap">{e.notes}</p> : null}
      </article>
    );
  }
  const e = selected.entry;
  const name = e.isGeneric ? t(`entries.${e.id}.name`) : (e.nameByLocale?.[locale] ?? e.name);
  const url = e.urlByLocale?.[locale] ?? e.url;
  const where =
    selected.source === 'international'
      ? t('labels.international')
      : selected.source === 'foreign' && selected.foreignCountry
        ? t('labels.in_country', { country: countryName(selected.foreignCountry, locale) })
        : null;
  const shown = shownVerification(e, today ?? new Date());
  const sourceDate = e.sourceDate ? formatReferenceDate(e.sourceDate, locale) : null;
  // An aged official page is worded on the source line ("On an official page dated 2018"), not with the banner:
  // the banner is for facts nobody could confirm, and a crisis line should not look doubtful for its page's age.
  const needsCheck = selected.needsCheck;
  return (
    <article
      className={needsCheck ? 'referral panel referral--check' : 'referral panel'}
      data-referral={e.id}
      data-verification={shown}
    >
      <p className="referral__kind">{[t(`kinds.${selected.kind}`), where].filter(Boolean).join(' · ')}</p>
      <h3>{name}</h3>
      {needsCheck ? (
        <p className="referral__check" data-testid="needs-check">
          {t('labels.check_before_relying')}
        </p>
      ) : null}
      <p>{t(`entries.${e.id}.purpose`)}</p>
      {e.phones.length > 0 ? (
        <ul className="referral__phones">
          {e.phones.map((p) => (
            <PhoneLine
              key={`${p.dial}-${p.label ?? ''}`}
              phone={p}
              locale={locale}
              callerCountry={callerCountry}
              numberCountry={e.country}
            />
          ))}
        </ul>
      ) : null}
      <p className="referral__links">
        {e.reportUrl ? (
          <span className="referral__link">
            <a href={e.reportUrl} {...EXTERNAL}>
              {t('labels.report_online')}
            </a>{' '}
            <FactMark level={e.reportUrlVerification} />
          </span>
        ) : null}
        {url ? (
          <span className="referral__link">
            <a href={url} {...EXTERNAL}>
              {t('labels.open_website')}
            </a>{' '}
            <FactMark level={e.urlVerification} />
          </span>
        ) : null}
        {!e.isGeneric && !url && !e.reportUrl && e.phones.length === 0 ? (
          <span className="muted">{t('labels.no_contact_details')}</span>
        ) : null}
      </p>
      <p className="referral__source-line muted" data-testid="source-date">
        {t(`verification.${shown}.label`, { date: sourceDate ?? '' })} ·{' '}
        {sourceDate ? t('labels.source_dated', { date: sourceDate }) : t('labels.source_undated')}
      </p>
      <details className="referral__details">
        <summary>
          {t('labels.what_it_does_not_handle')} · {t('labels.source')}
        </summary>
        <p>{t(`entries.${e.id}.not_for`)}</p>
        <p>
          <strong>{t(`verification.${shown}.label`, { date: sourceDate ?? '' })}</strong>:{' '}
          {t(`verification.${shown}.description`)}
        </p>
        <p>
          {e.checkMethod === 'live'
            ? t('labels.checked_live_on', { date: formatReferenceDate(e.verifiedOn, locale) })
            : t('labels.checked_from_copies')}
        </p>
        <p>
          {t('labels.source')}:{' '}
          <a href={e.source} {...EXTERNAL} className="mono">
            {e.source}
          </a>
        </p>
      </details>
    </article>
  );
}
