import type { Locale } from './config';

/**
 * Every namespace of every language, bundled at build time (no HTTP backend, so text works offline).
 * Server components pick the namespaces a page needs and hand them to the client provider, so a page ships only
 * its own language's words.
 */
const LOADERS = {
  en: () => import('@/locales/en'),
  es: () => import('@/locales/es'),
  pt: () => import('@/locales/pt'),
} satisfies Record<Locale, () => Promise<unknown>>;

export type Namespace = keyof Awaited<ReturnType<(typeof LOADERS)['en']>>['RESOURCES'];

export type Resources = Partial<Record<Namespace, Record<string, unknown>>>;

/** Loads the given namespaces of one language. */
export async function loadResources(locale: Locale, namespaces: readonly Namespace[]): Promise<Resources> {
  const { RESOURCES } = await LOADERS[locale]();
  const picked: Resources = {};
  for (const ns of namespaces) picked[ns] = RESOURCES[ns];
  return picked;
}
