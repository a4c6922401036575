import assessment from './assessment.json';
import bundle from './bundle.json';
import common from './common.json';
import evidence from './evidence.json';
import figures from './figures.json';
import journey from './journey.json';
import lock from './lock.json';
import pack from './pack.json';
import questionnaire from './questionnaire.json';
import referrals from './referrals.json';
import results from './results.json';

/** Every namespace of this language, bundled into the build. */
export const RESOURCES = {
  assessment,
  bundle,
  common,
  evidence,
  figures,
  journey,
  lock,
  pack,
  questionnaire,
  referrals,
  results,
} as const;
