/**
 * The words for the codes in the figures, shared by the screen and the CSV so both say the same. Texts come from the
 * locales (the `figures` namespace, and the names the assessment already has); country names from Intl.
 */
import type { FigureId } from './compute';
import type { ShownCount } from './small-counts';

/** What the figures need to put codes into words: a translator and a country-name lookup. */
export type FigureWords = {
  t: (key: string, values?: Record<string, string | number>) => string;
  countryName: (code: string) => string;
};

// Codes that are not from a vocabulary of their own.
const OWN_CODES: Partial<Record<FigureId, readonly string[]>> = {
  country: ['other', 'not_given'],
  incident_type: ['not_given'],
  article: ['none_found'],
  report_kind: ['other'],
};

/** The name of a code in one figure. */
export function labelOf(figure: FigureId, code: string, { t, countryName }: FigureWords): string {
  if (OWN_CODES[figure]?.includes(code)) return t(`figures:codes.${figure}.${code}`);
  switch (figure) {
    case 'country':
      return countryName(code);
    case 'incident_type':
      return t(`assessment:incident_types.${code}`);
    case 'article':
      return t('figures:article', {
        number: code.replace(/^unc_/, ''),
        title: t(`assessment:offences.${code}.title`),
      });
    case 'report_kind':
      return t(`assessment:referral_kinds.${code}`);
    case 'urgency':
    case 'referral_status':
      return t(`figures:codes.${figure}.${code}`);
    case 'contact_to_report':
    case 'opened_to_report':
      return t(`figures:bands.${code}`);
  }
}

/** A count as words and digits: the number, or "fewer than 5". */
export function countText(count: ShownCount, { t }: FigureWords): string {
  return count === 'fewer_than_5' ? t('figures:fewer_than_5') : String(count);
}
