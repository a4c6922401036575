/**
 * The short cover letter for each reader of the pack. The bank's letter asks for a recall or freeze and for
 * records to be preserved, with the deadlines from the assessment's actions; the platform's asks for data to be
 * preserved and content removed, citing Art. 34(6) only when the assessment found that right applies.
 */
import { totalsByCurrency } from '../../case/payment-totals';
import { ACTIONS } from '../../triage/codes';
import type { PackBlock } from './document';
import { formatAmount, formatCaseDate } from './pack-format';
import type { PackContext } from './pack-sections';

type Preset = 'police' | 'bank' | 'platform' | 'support' | 'full';

const BANK_ACTIONS = new Set<string>(
  ACTIONS.filter((a) => (a.referrals as readonly string[]).includes('bank_or_payment_provider')).map(
    (a) => a.id,
  ),
);

/** The letter's blocks for one preset in one language. */
export function buildLetterBlocks(preset: Preset, ctx: PackContext, ref: string): PackBlock[] {
  const { t } = ctx;
  const blocks: PackBlock[] = [
    { kind: 'paragraph', style: 'strong', text: t(`pack:letters.${preset}.greeting`) },
    { kind: 'paragraph', text: t(`pack:letters.${preset}.intro`, { ref }) },
  ];
  if (preset === 'bank') blocks.push(...bankLetter(ctx));
  else if (preset === 'platform') blocks.push(...platformLetter(ctx));
  else if (preset === 'support') blocks.push(...supportLetter(ctx));
  else blocks.push({ kind: 'paragraph', text: t(`pack:letters.${preset}.request`) });
  blocks.push({ kind: 'paragraph', text: t('pack:letters.closing', { ref }) });
  return blocks;
}

function bankLetter(ctx: PackContext): PackBlock[] {
  const { t, lang, assessment } = ctx;
  const { totals } = totalsByCurrency(ctx.caseData.payments);
  const blocks: PackBlock[] = [];
  if (totals.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: t('pack:letters.bank.totals', {
        totals: totals.map((total) => formatAmount(total.amount, total.currency, lang)).join(', '),
        count: ctx.caseData.payments.length,
      }),
    });
  if (assessment.flags.lastPaymentAt !== null)
    blocks.push({
      kind: 'paragraph',
      text: t('pack:letters.bank.last_payment', {
        date: formatCaseDate(assessment.flags.lastPaymentAt, lang, ctx.timeZone),
      }),
    });
  blocks.push({ kind: 'subheading', text: t('pack:letters.requests') });
  blocks.push({
    kind: 'list',
    items: [
      t('pack:letters.bank.recall'),
      t('pack:letters.bank.freeze'),
      t('pack:letters.bank.preserve'),
      t('pack:letters.bank.confirm'),
    ],
  });
  const deadlines = assessment.actions.filter((a) => BANK_ACTIONS.has(a.id) && a.deadline !== null);
  if (deadlines.length > 0) {
    blocks.push({ kind: 'subheading', text: t('pack:letters.bank.deadlines') });
    blocks.push({
      kind: 'list',
      items: deadlines.map(
        (a) =>
          `${t(`assessment:actions.${a.id}.title`, { context: a.variant })}: ${t(`assessment:deadlines.${a.deadline ?? 'now'}`)}`,
      ),
    });
  }
  return blocks;
}

function platformLetter(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  const items = [t('pack:letters.platform.preserve'), t('pack:letters.platform.remove')];
  if (ctx.assessment.rights.some((r) => r.id === 'unc_34_6')) items.push(t('pack:letters.platform.art_34_6'));
  items.push(t('pack:letters.platform.confirm'));
  return [
    { kind: 'subheading', text: t('pack:letters.requests') },
    { kind: 'list', items },
  ];
}

function supportLetter(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  return [
    { kind: 'paragraph', text: t(`assessment:urgency.${ctx.assessment.urgency.level}.title`) },
    { kind: 'paragraph', text: t('pack:letters.support.request') },
  ];
}
