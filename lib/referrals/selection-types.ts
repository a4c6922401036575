/**
 * What a referral selection is made of: the parts of the assessment and the case it reads, and the referrals and
 * notices it gives. Types only, so select.ts, order.ts and selection-builder.ts can all use them without importing
 * each other in a circle.
 */
import type { DirectoryCountry, ReferralKind } from '../case/codes';
import type { Case, Payment } from '../case/schema';
import type { Assessment } from '../triage/types';
import type { NoticeCode } from './gaps';
import type { OwnContactEntry } from './own-contacts';
import type { DirectoryEntry, Verification } from './types';

/**
 * The parts of the engine's assessment the selection reads. A whole `Assessment` fits; tests can pass just these.
 */
export type ReferralAssessment = Pick<Assessment, 'urgency' | 'referralNeeds' | 'incidentTypes'> & {
  flags: Pick<Assessment['flags'], 'moneySentRecently' | 'isMinor' | 'hasSafetyRisk' | 'foreignCountries'> &
    Partial<Pick<Assessment['flags'], 'partnerAbuse' | 'forOrganisation'>>;
};

/** The parts of the case the selection reads. A whole `Case` fits. */
export type ReferralCaseData = Pick<Case, 'country' | 'ownContacts'> & {
  payments?: readonly Pick<Payment, 'recipientCountry'>[];
};

/** Why an entry is in the list: the person's country, the country the money went to, international, or their own. */
export type ReferralSource = 'residence' | 'foreign' | 'international' | 'own';

/** A directory entry chosen for the case. */
export type SelectedDirectoryReferral = {
  source: 'residence' | 'foreign' | 'international';
  entry: DirectoryEntry;
  /** The kind of help it was chosen for (the first, when several). */
  kind: ReferralKind;
  /** Ids of the engine rules that asked for it. */
  reasons: string[];
  verification: Verification;
  /** Show the "check before relying on this" mark. */
  needsCheck: boolean;
  /** For `foreign`: the country whose channel this is. */
  foreignCountry?: DirectoryCountry;
};

/** A contact the person added themselves. */
export type SelectedOwnContact = {
  source: 'own';
  entry: OwnContactEntry;
  kind: ReferralKind;
  reasons: string[];
  /** Own contacts are the person's: nobody verified them. */
  verification: null;
  needsCheck: false;
};

export type SelectedReferral = SelectedDirectoryReferral | SelectedOwnContact;

/** Something the person should be told alongside the list. */
export type ReferralNotice = {
  code: NoticeCode;
  kind?: ReferralKind;
  /** An ISO code (or `other`) for the `{{country}}` placeholder. */
  country?: string;
  reasons: string[];
};

export type ReferralSelection = {
  /** The directory country used, or null when the person's country is not in the directory or not given. */
  residence: DirectoryCountry | null;
  referrals: SelectedReferral[];
  notices: ReferralNotice[];
};
