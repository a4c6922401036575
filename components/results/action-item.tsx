'use client';

import { useTranslation } from 'react-i18next';

/** One next step: its title, how to do it, and its deadline. */
export function ActionText({
  id,
  deadline,
  context,
}: {
  id: string;
  deadline: string | null;
  /** Who is answering (lib/questionnaire/wording.ts): a parent, a helper or an organisation reads words for them. */
  context?: string;
}) {
  const { t } = useTranslation('assessment');
  return (
    <>
      <span className="action__title">{t(`actions.${id}.title`, { context })}</span>
      {deadline ? (
        <span className={`deadline deadline--${deadline}`}>{t(`deadlines.${deadline}`)}</span>
      ) : null}
      <span className="action__how">{t(`actions.${id}.how`, { context })}</span>
    </>
  );
}
