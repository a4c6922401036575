'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { PRODUCT_VERSION } from '@/lib/product';
import {
  buildPackDataFiles,
  buildPackDocument,
  buildPackReadme,
} from '@/lib/referral-pack/document/build-pack';
import { toCaseReference } from '@/lib/referral-pack/document/pack-format';
import { useAssessment, useReferralSelection } from '@/lib/store/selectors';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { Section } from '@/components/results/section';

import { PackActions } from './pack-actions';
import type { PackExportSource } from './use-pack-export';
import { PackOptions, type PackSettings } from './pack-options';
import { PackPreview } from './pack-preview';
import styles from './pack.module.css';
import { usePackTranslators } from './use-pack-translators';

/**
 * The referral pack: who it is for, its language(s), whether sensitive details go in, a preview (which is also
 * the print view) and the files: PDF, ZIP with evidence, case file and payments. Everything is made here.
 */
export function PackView({ locale }: { locale: Locale }) {
  const { t } = useTranslation('pack');
  const caseData = useAppStore((s) => s.caseData);
  const isPrivate = useAppStore((s) => s.isPrivate);
  const assessment = useAssessment();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [settings, setSettings] = useState<PackSettings>({
    preset: 'police',
    lang: locale,
    secondLang: null,
    includeSensitive: false,
    includeVolunteerNotes: false,
    pageSize: 'a4',
  });
  const [previewAt] = useState(() => new Date().toISOString());
  const langs = settings.secondLang ? [settings.lang, settings.secondLang] : [settings.lang];
  const translators = usePackTranslators(locale, langs);
  const selection = useReferralSelection();

  const source = useMemo(():
    (PackExportSource & { preview: ReturnType<typeof buildPackDocument> }) | null => {
    if (!caseData || !assessment || !selection || !translators) return null;
    const build = (generatedAt: string, manifestSha256?: string) =>
      buildPackDocument({
        caseData,
        assessment,
        selection,
        preset: settings.preset,
        lang: settings.lang,
        secondLang: settings.secondLang ?? undefined,
        t: translators,
        generatedAt,
        appVersion: PRODUCT_VERSION,
        includeSensitive: settings.includeSensitive,
        includeVolunteerNotes: settings.includeVolunteerNotes,
        manifestSha256,
      });
    const reference = toCaseReference(caseData.id);
    const packT = translators(settings.lang);
    const dataFiles = () =>
      buildPackDataFiles({
        caseData,
        assessment,
        includeSensitive: settings.includeSensitive,
        includeVolunteerNotes: settings.includeVolunteerNotes,
        t: packT,
      });
    return {
      reference,
      pageSize: settings.pageSize,
      preview: build(previewAt),
      buildDoc: (manifestSha256) => build(new Date().toISOString(), manifestSha256),
      caseJson: () => dataFiles().caseJson,
      paymentsCsv: () => dataFiles().recordsCsv,
      readme: () => buildPackReadme(packT, reference),
      caseData,
      isPrivate,
    };
  }, [caseData, assessment, selection, translators, settings, previewAt, isPrivate]);

  if (!caseData || !assessment) return null;
  return (
    <div className={styles.view}>
      <div className="no-print">
        <h1 tabIndex={-1} ref={headingRef}>
          {t('ui.title')}
        </h1>
        <p>{t('ui.intro')}</p>
      </div>
      <PackOptions settings={settings} onChange={setSettings} />
      {source ? <PackActions source={source} /> : null}
      <Section id="pack_preview" title={t('ui.preview_title')} isPrintedOpen>
        <p className="muted no-print">{t('ui.preview_hint')}</p>
        {source ? (
          <PackPreview doc={source.preview} />
        ) : (
          <p role="status" className="muted">
            {t('ui.loading_language')}
          </p>
        )}
      </Section>
      <div className="button-row no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => appStore.getState().showView('results')}
        >
          {t('ui.back')}
        </button>
      </div>
    </div>
  );
}
