/**
 * The referral directory's data model: who provides each kind of help, in which country, how to reach them, and how
 * well each fact is verified. The zod schema validates every entry in a test (directory.test.ts); the app reads the
 * typed data directly. Words the person reads are not here: they live in locales/<lang>/referrals.json, keyed by
 * entry id (`entries.<id>.purpose`, `entries.<id>.not_for`).
 */
import * as z from 'zod';

// Must stay the first import that builds schemas: see the module's comment.
import '../case/zod-setup';

import { DIRECTORY_COUNTRIES, REFERRAL_KINDS, URGENCIES } from '../case/codes';
import { LOCALES } from '../i18n/config';
import { INCIDENT_TYPES } from '../questionnaire/options';

/** Where a directory entry belongs: one of the twelve countries, or services that work across borders. */
export const INTERNATIONAL = 'international';

/**
 * How well a fact is verified, as defined in docs/sources.md, "Referral directory":
 * - `official`: on the operator's own page or another government page;
 * - `secondary`: only through a reputable secondary source (news outlet, copy of an official document);
 * - `partial`: some parts verified, others not;
 * - `unverified`: not confirmed. Never shown without a "check before relying on this" mark.
 */
export const VERIFICATION_LEVELS = ['official', 'secondary', 'partial', 'unverified'] as const;
export type Verification = (typeof VERIFICATION_LEVELS)[number];

/** Levels that must carry the "check before relying on this" mark wherever they are shown. */
export const NEEDS_CHECK_LEVELS: readonly Verification[] = ['partial', 'unverified'];

/** How a number is used: a voice call, a text message, either, or WhatsApp. */
export const PHONE_CHANNELS = ['call', 'text', 'call_or_text', 'whatsapp'] as const;
export type PhoneChannel = (typeof PHONE_CHANNELS)[number];

/** What a number is for, when an entry has several. Text in locales: `phone_labels.<label>`. */
export const PHONE_LABELS = [
  'emergency',
  'police',
  'ambulance',
  'fire',
  'non_emergency',
  'anonymous_tip',
  'from_abroad',
  'textphone',
  'text_relay',
  'welsh',
  'scotland',
  'interpreter',
  'spanish_option_2',
  'option_5',
  'rest_of_country',
  'caba_gba',
  'caba',
  'from_mobiles',
  'from_bogota',
  'childline',
  'main',
  'flagrant_crimes',
] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];

/** Days a line is open. Text in locales: `hours.<days>`. */
export const HOURS_DAYS = ['every_day', 'mon_fri', 'working_days'] as const;

/** How an international entry is used by the selection. */
export const USE_WHEN = [
  // Offered together with the country's own services (e.g. image hashing tools that work everywhere).
  'always',
  // Offered only when the country has nothing of this kind, or the country is not in the directory.
  'fallback',
  // Offered when money or the other party is abroad, and as a fallback.
  'cross_border',
  // Kept for browsing the directory; never selected (e.g. bodies that take no reports from the public).
  'browse_only',
] as const;
export type UseWhen = (typeof USE_WHEN)[number];

/**
 * Circumstances an entry is only for, offered only when the case says they hold (see SelectionBuilder.suitable):
 * `partner_or_ex_partner` (the abuse comes from a partner or ex-partner, e.g. Spain's 016), `copied_work` (someone's
 * photos, designs or other work were copied: e.g. Colombia's copyright and industrial-property offices, which answer
 * questions on that law and nothing else) and `federal_crime` (a crime under federal jurisdiction, e.g. Brazil's
 * Polícia Federal, which does not take ordinary online scams). The questionnaire cannot say the last yet, so such an
 * entry is kept for browsing and never selected.
 */
export const ONLY_WHEN = ['partner_or_ex_partner', 'copied_work', 'federal_crime'] as const;
export type OnlyWhen = (typeof ONLY_WHEN)[number];

/**
 * Who a service is for, when it is not for everyone: only under-18s, only adults, only people (any age: a crisis
 * line, a personal credit file), or only businesses and organisations. The first three are people's services and are
 * not offered to someone answering for an organisation; `organisations` is offered only to them (issue #10, point 4).
 */
export const AUDIENCES = ['minors', 'adults', 'people', 'organisations'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Whether people outside the country can use a reporting channel, as far as the reference says:
 * `anyone` (e.g. a number for callers abroad), `subject_in_country` (accepted when the other party is there, as at
 * IC3), `eu_citizens` (Spain's Guardia Civil online complaint).
 */
export const FROM_ABROAD = ['anyone', 'subject_in_country', 'eu_citizens'] as const;
export type FromAbroad = (typeof FROM_ABROAD)[number];

/** Extra facts about languages, beyond the list. Text in locales: `language_notes.<note>`. */
export const LANGUAGE_NOTES = [
  'many_languages_by_phone',
  'other_languages_on_request',
  'free_interpreting',
  'translation_for_migrants',
  'machine_translation',
  'language_list_unverified',
] as const;

/** How the entry's facts were last checked: against the reference's saved copies of pages, or live. */
export const CHECK_METHODS = ['reference_copy', 'live'] as const;

const SNAKE_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A year, a month or a day: sources are often dated only by year or month. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** E.164 (+ and up to 15 digits), or a number as dialled inside the country (short codes, star codes, 0800...). */
const DIAL = /^(\+[1-9]\d{6,14}|\*?\d{2,12})$/;
const LANGUAGE = /^[a-z]{2}$/;
const REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

const verification = z.enum(VERIFICATION_LEVELS);
const httpUrl = z.url({ protocol: /^https?$/ });

export const HoursSchema = z.union([
  z.strictObject({ always: z.literal(true) }),
  z.strictObject({
    // Absent when the source gives the times but not the days.
    days: z.enum(HOURS_DAYS).optional(),
    opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    // 24:30 style values are not used: a line open past midnight closes at e.g. 00:30.
    closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    // IANA time zone when the source names one ("ET", "Melbourne time"); otherwise local time.
    timeZone: z.string().optional(),
  }),
]);
export type Hours = z.infer<typeof HoursSchema>;

export const PhoneSchema = z.strictObject({
  /** As the organisation writes it, e.g. `1-877-FTC-HELP (1-877-382-4357)` or `08 08 16 89 111`. */
  display: z.string().min(1),
  /** What the phone dials: E.164, or the short or national form where that is how the number is dialled. */
  dial: z.string().regex(DIAL),
  /** Voice call when absent. */
  channel: z.enum(PHONE_CHANNELS).optional(),
  label: z.enum(PHONE_LABELS).optional(),
  hours: HoursSchema.optional(),
  /** The source says the call is free (toll-free, "gratuito", "free from landlines"...). */
  isFree: z.boolean().optional(),
  /** Set when this number is verified differently from the entry as a whole. */
  verification: verification.optional(),
});
export type PhoneNumber = z.infer<typeof PhoneSchema>;

export const EmailSchema = z.strictObject({
  address: z.email(),
  verification: verification.optional(),
});

export const SuitabilitySchema = z.strictObject({
  /** Incident types (the questionnaire's ids, which the engine reports) the entry is meant for; absent means all. */
  incidentTypes: z.array(z.enum(INCIDENT_TYPES)).optional(),
  /** Urgency levels the entry is meant for; empty or absent means all. */
  urgencies: z.array(z.enum(URGENCIES)).optional(),
});

export const DirectoryEntrySchema = z
  .strictObject({
    /** Stable snake_case id, prefixed with the country code in lower case (`pt_apav`). Never renamed. */
    id: z.string().regex(SNAKE_ID),
    kind: z.enum(REFERRAL_KINDS),
    /** Other kinds of help the same service gives (e.g. a fraud centre that is also the police channel). */
    alsoKinds: z.array(z.enum(REFERRAL_KINDS)).optional(),
    country: z.enum([...DIRECTORY_COUNTRIES, INTERNATIONAL]),
    /** For an international service run from one of the twelve countries: that country also counts it as its own. */
    homeCountry: z.enum(DIRECTORY_COUNTRIES).optional(),
    /** ISO 3166-2 codes when the service covers only part of the country (GB-SCT, CO-DC). */
    regions: z.array(z.string().regex(REGION)).optional(),
    /** The organisation's name as it writes it (a proper noun, not translated). */
    name: z.string().min(1),
    /** Official names in the app's languages, when the organisation has them. */
    nameByLocale: z.partialRecord(z.enum(LOCALES), z.string().min(1)).optional(),
    /** The entry describes a kind of contact ("your bank") rather than one organisation: its name is translated. */
    isGeneric: z.boolean().optional(),
    url: httpUrl.optional(),
    urlVerification: verification.optional(),
    /** The same site in one of the app's languages (FTC's reportefraude.ftc.gov). */
    urlByLocale: z.partialRecord(z.enum(LOCALES), httpUrl).optional(),
    /** The page where the report or complaint itself is made, when it differs from `url`. */
    reportUrl: httpUrl.optional(),
    reportUrlVerification: verification.optional(),
    phones: z.array(PhoneSchema),
    emails: z.array(EmailSchema).optional(),
    /** ISO 639-1 codes the source states. */
    languages: z.array(z.string().regex(LANGUAGE)),
    /** ISO 639-1 codes inferred from the country or the page's language (marked `xx*` in the reference). */
    inferredLanguages: z.array(z.string().regex(LANGUAGE)).optional(),
    languageNote: z.enum(LANGUAGE_NOTES).optional(),
    suits: SuitabilitySchema.optional(),
    audience: z.enum(AUDIENCES).optional(),
    onlyWhen: z.array(z.enum(ONLY_WHEN)).optional(),
    /** International entries only. */
    useWhen: z.enum(USE_WHEN).optional(),
    fromAbroad: z.enum(FROM_ABROAD).optional(),
    verification,
    /** The main source the reference checked the entry against (sometimes only a site's address). */
    source: httpUrl,
    /** For maintainers, in English: what the reference says about its sources. Not shown to the person. */
    sourceNote: z.string().min(1),
    /** The most recent date the reference gives for this entry's sources (a year, a month or a day). */
    sourceDate: z.string().regex(PARTIAL_DATE).optional(),
    /** When the entry was last checked (see docs/directory.md for what that date means today). */
    verifiedOn: z.string().regex(ISO_DATE),
    checkMethod: z.enum(CHECK_METHODS),
  })
  .superRefine((entry, ctx) => {
    const isInternational = entry.country === INTERNATIONAL;
    if (isInternational !== (entry.useWhen !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['useWhen'],
        message: 'international entries (only) need useWhen',
      });
    if (!isInternational && entry.homeCountry !== undefined)
      ctx.addIssue({ code: 'custom', path: ['homeCountry'], message: 'only international entries have one' });
    if (entry.alsoKinds?.includes(entry.kind))
      ctx.addIssue({ code: 'custom', path: ['alsoKinds'], message: 'repeats the main kind' });
    const prefix = isInternational ? null : `${entry.country.toLowerCase()}_`;
    if (prefix && !entry.id.startsWith(prefix))
      ctx.addIssue({ code: 'custom', path: ['id'], message: `expected the prefix ${prefix}` });
  });

/** One organisation or channel in the directory. */
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

/** Where an entry belongs: a directory country or `international`. */
export type EntryCountry = DirectoryEntry['country'];
