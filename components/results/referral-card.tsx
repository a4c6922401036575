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
import type { SelectedReferral } from '@/lib/referrals/select';
import type { PhoneNumber } from '@/lib/referrals/types';

const EXTERNAL = { target: '_blank', rel: 'noreferrer noopener' } as const;

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
      </span>
    </li>
  );
}

/** One place to report or get help: tap to call, links that open outside the app, and where the facts come from. */
export function ReferralCard({
  selected,
  locale,
  callerCountry,
}: {
  selected: SelectedReferral;
  locale: Locale;
  callerCountry: string | null;
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
  return (
    <article
      className={selected.needsCheck ? 'referral panel referral--check' : 'referral panel'}
      data-referral={e.id}
      data-verification={selected.verification}
    >
      <p className="referral__kind">{[t(`kinds.${selected.kind}`), where].filter(Boolean).join(' · ')}</p>
      <h3>{name}</h3>
      {selected.needsCheck ? (
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
          <a href={e.reportUrl} {...EXTERNAL}>
            {t('labels.report_online')}
          </a>
        ) : null}
        {url ? (
          <a href={url} {...EXTERNAL}>
            {t('labels.open_website')}
          </a>
        ) : null}
        {!url && e.phones.length === 0 ? (
          <span className="muted">{t('labels.no_contact_details')}</span>
        ) : null}
      </p>
      <details className="referral__details">
        <summary>
          {t('labels.what_it_does_not_handle')} · {t('labels.source')}
        </summary>
        <p>{t(`entries.${e.id}.not_for`)}</p>
        <p>
          <strong>{t(`verification.${selected.verification}.label`)}</strong>:{' '}
          {t(`verification.${selected.verification}.description`)}
        </p>
        <p>
          {t('labels.last_checked', { date: formatReferenceDate(e.verifiedOn, locale) })}.{' '}
          {t(e.checkMethod === 'live' ? 'labels.checked_live' : 'labels.checked_from_copies')}
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
