'use client';

import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';
import { createTranslate } from '@/lib/i18n/create-i18n';
import type { PackTranslate } from '@/lib/referral-pack/document/build-pack';

const LOADERS = {
  en: () => import('@/locales/en'),
  es: () => import('@/locales/es'),
  pt: () => import('@/locales/pt'),
} satisfies Record<Locale, () => Promise<{ RESOURCES: Record<string, unknown> }>>;

function wrap(t: TFunction): PackTranslate {
  return (key, params) => String(t(key, params ?? {}));
}

// Translators for other languages, made once per page: the page only ships its own language's words, so a
// pack in another language loads that language's texts when asked for.
const loaded = new Map<Locale, PackTranslate>();

async function loadTranslator(lang: Locale): Promise<PackTranslate> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const { RESOURCES } = await LOADERS[lang]();
  const translate: PackTranslate = createTranslate(lang, RESOURCES);
  loaded.set(lang, translate);
  return translate;
}

/**
 * A translator for each language the pack needs: the app's own language from the page's i18n instance, others
 * loaded on demand. Returns null until every one is ready.
 */
export function usePackTranslators(
  appLocale: Locale,
  langs: readonly Locale[],
): ((lang: Locale) => PackTranslate) | null {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState<ReadonlyMap<Locale, PackTranslate>>(() => new Map(loaded));
  const key = langs.join(',');
  useEffect(() => {
    const missing = (key.split(',') as Locale[]).filter((lang) => lang !== appLocale && !ready.has(lang));
    if (missing.length === 0) return;
    let isCurrent = true;
    void Promise.all(missing.map(loadTranslator)).then(() => {
      if (isCurrent) setReady(new Map(loaded));
    });
    return () => {
      isCurrent = false;
    };
  }, [key, appLocale, ready]);
  const isReady = (key.split(',') as Locale[]).every((lang) => lang === appLocale || ready.has(lang));
  return useMemo(() => {
    if (!isReady) return null;
    const appT = wrap(i18n.getFixedT(appLocale));
    return (lang: Locale) => (lang === appLocale ? appT : (ready.get(lang) ?? appT));
  }, [i18n, appLocale, ready, isReady]);
}
