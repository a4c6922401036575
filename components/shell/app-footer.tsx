'use client';

import { useTranslation } from 'react-i18next';

/** A quiet footer that repeats the two promises: nothing leaves the device, and this is not legal advice. */
export function AppFooter() {
  const { t } = useTranslation('common');
  return (
    <footer className="app-footer">
      <p>{t('footer.privacy')}</p>
      <p>{t('footer.not_legal_advice')}</p>
    </footer>
  );
}
