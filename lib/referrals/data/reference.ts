/**
 * What every entry shares while the directory is still a transcription of the reference
 * (summarised in docs/sources.md, "Referral directory"), plus groups of incident types the data files reuse.
 */
import type { IncidentType } from '../../questionnaire/options';
import type { DirectoryEntry } from '../types';

/**
 * The reference gives no date of its own: it was compiled from saved copies of public pages, not re-checked live,
 * and the most recent source it cites is dated 2026-03-04. Every entry carries that date (the earliest the check can
 * have happened, so never fresher than the truth) and the method `reference_copy`, until someone re-checks the entry
 * live and records the day (docs/directory.md, "Re-verifying an entry").
 */
export const FROM_REFERENCE = {
  verifiedOn: '2026-03-04',
  checkMethod: 'reference_copy',
} as const satisfies Pick<DirectoryEntry, 'verifiedOn' | 'checkMethod'>;

/** Sexual images used to threaten or shame: sextortion and non-consensual intimate images. */
export const IMAGE_ABUSE: IncidentType[] = ['sextortion', 'intimate_images_shared'];

/** Harm to children online, including sextortion and images of under-18s. */
export const CHILD_ABUSE: IncidentType[] = ['child_sexual_abuse', 'sextortion', 'intimate_images_shared'];

/** Someone else using a person's identity, accounts or data. */
export const IDENTITY_MISUSE: IncidentType[] = [
  'identity_theft',
  'account_takeover',
  'malware_ransomware_breach',
];

/** Technical attacks on devices, accounts or systems. */
export const TECHNICAL_INCIDENTS: IncidentType[] = ['malware_ransomware_breach', 'ddos', 'account_takeover'];

/** Online abuse of a person: harassment and image-based abuse. */
export const ONLINE_ABUSE: IncidentType[] = ['harassment', 'sextortion', 'intimate_images_shared'];

/**
 * Entries added or corrected in the directory audit of 2026-12-02: checked that day against stored copies of public
 * pages (not live), each with the page's address and date in `source`, `sourceNote` and `sourceDate`.
 */
export const FROM_AUDIT_2026_12 = {
  verifiedOn: '2026-12-02',
  checkMethod: 'reference_copy',
} as const satisfies Pick<DirectoryEntry, 'verifiedOn' | 'checkMethod'>;
