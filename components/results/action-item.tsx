'use client';

import { useTranslation } from 'react-i18next';

/** One next step: its title, how to do it, and its deadline. */
export function ActionText({ id, deadline }: { id: string; deadline: string | null }) {
  const { t } = useTranslation('assessment');
  return (
    <>
      <span className="action__title">{t(`actions.${id}.title`)}</span>
      {deadline ? (
        <span className={`deadline deadline--${deadline}`}>{t(`deadlines.${deadline}`)}</span>
      ) : null}
      <span className="action__how">{t(`actions.${id}.how`)}</span>
    </>
  );
}
