'use client';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { LOCALES, type Locale } from '@/lib/i18n/config';
import { LANGUAGE_NAMES } from '@/lib/i18n/language-names';
import { PACK_PRESETS, type PackPreset } from '@/lib/referral-pack/document/build-pack';

import { Section } from '@/components/results/section';

import type { PageSize } from './pack-export';
import styles from './pack.module.css';

export type PackSettings = {
  preset: PackPreset;
  lang: Locale;
  secondLang: Locale | null;
  includeSensitive: boolean;
  /** The volunteer's follow-up notes on each referral; out unless chosen (issue 14). */
  includeVolunteerNotes: boolean;
  pageSize: PageSize;
};

/** Who the pack is for, its language (and an optional second one), paper size and sensitive details. */
export function PackOptions({
  settings,
  onChange,
}: {
  settings: PackSettings;
  onChange: (next: PackSettings) => void;
}) {
  const { t } = useTranslation('pack');
  const id = useId();
  const set = (patch: Partial<PackSettings>) => onChange({ ...settings, ...patch });
  return (
    <div className={`${styles.options} no-print`}>
      <fieldset className="field">
        <legend className="field__label">{t('ui.for_whom')}</legend>
        <div className="choices">
          {PACK_PRESETS.map((preset) => (
            <div className="choice" key={preset}>
              <input
                type="radio"
                id={`${id}-preset-${preset}`}
                name={`${id}-preset`}
                value={preset}
                checked={settings.preset === preset}
                onChange={() => set({ preset })}
                aria-describedby={`${id}-preset-${preset}-hint`}
              />
              <label htmlFor={`${id}-preset-${preset}`}>
                {t(`presets.${preset}.label`)}
                <span id={`${id}-preset-${preset}-hint`} className="muted small" style={{ display: 'block' }}>
                  {t(`presets.${preset}.hint`)}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className={styles.selects}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-lang`}>
            {t('ui.language')}
          </label>
          <select
            id={`${id}-lang`}
            data-testid="pack-language"
            value={settings.lang}
            onChange={(event) => {
              const lang = event.currentTarget.value as Locale;
              set({ lang, secondLang: settings.secondLang === lang ? null : settings.secondLang });
            }}
          >
            {LOCALES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {LANGUAGE_NAMES[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Section id="pack_more_options" title={t('ui.more_options')}>
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-sensitive`}
            data-testid="pack-include-sensitive"
            checked={settings.includeSensitive}
            onChange={(event) => set({ includeSensitive: event.currentTarget.checked })}
            aria-describedby={`${id}-sensitive-hint`}
          />
          <label htmlFor={`${id}-sensitive`}>
            <strong>{t('ui.sensitive_label')}</strong>
            <span id={`${id}-sensitive-hint`} className="muted small" style={{ display: 'block' }}>
              {t('ui.sensitive_hint')} {t('ui.files_follow')}
            </span>
          </label>
        </div>
        <div className={styles.selects}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-second`}>
              {t('ui.second_language')}
            </label>
            <select
              id={`${id}-second`}
              data-testid="pack-second-language"
              aria-describedby={`${id}-second-hint`}
              value={settings.secondLang ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set({ secondLang: value === '' ? null : (value as Locale) });
              }}
            >
              <option value="">{t('ui.second_language_none')}</option>
              {LOCALES.filter((lang) => lang !== settings.lang).map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {LANGUAGE_NAMES[lang]}
                </option>
              ))}
            </select>
            <p id={`${id}-second-hint`} className="hint small">
              {t('ui.second_language_hint')}
            </p>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-paper`}>
              {t('ui.page_size')}
            </label>
            <select
              id={`${id}-paper`}
              value={settings.pageSize}
              onChange={(event) =>
                set({ pageSize: event.currentTarget.value === 'letter' ? 'letter' : 'a4' })
              }
            >
              <option value="a4">{t('ui.page_size_a4')}</option>
              <option value="letter">{t('ui.page_size_letter')}</option>
            </select>
          </div>
        </div>
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-notes`}
            data-testid="pack-include-notes"
            checked={settings.includeVolunteerNotes}
            onChange={(event) => set({ includeVolunteerNotes: event.currentTarget.checked })}
            aria-describedby={`${id}-notes-hint`}
          />
          <label htmlFor={`${id}-notes`}>
            <strong>{t('ui.notes_label')}</strong>
            <span id={`${id}-notes-hint`} className="muted small" style={{ display: 'block' }}>
              {t('ui.notes_hint')} {t('ui.files_follow')}
            </span>
          </label>
        </div>
      </Section>
    </div>
  );
}
