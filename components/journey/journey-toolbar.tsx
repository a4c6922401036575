'use client';

import { useTranslation } from 'react-i18next';

import { appStore, useAppStore } from '@/lib/store/use-app-store';

import { SaveStatus } from './save-status';

/** Above every journey screen: the save status and the way to the person's saved notes. */
export function JourneyToolbar() {
  const { t } = useTranslation('journey');
  const view = useAppStore((s) => s.session.view);
  return (
    <div className="journey-toolbar no-print">
      <SaveStatus />
      {view !== 'cases' ? (
        <button
          type="button"
          className="link-button"
          onClick={() => appStore.getState().showView('cases')}
          data-testid="open-cases"
        >
          {t('cases.open_list')}
        </button>
      ) : null}
    </div>
  );
}
