'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/lib/i18n/config';

// The figures (their engine, words and chart) load only when asked for: the start page and the journey's first
// screen never carry them.
const FiguresView = dynamic(() => import('./figures-view').then((m) => m.FiguresView), {
  ssr: false,
  loading: FiguresLoading,
});

function FiguresLoading() {
  const { t } = useTranslation('journey');
  return <p role="status">{t('loading')}</p>;
}

/** The way from the cases list to the charity's figures, and the figures once opened. */
export function FiguresEntry({ locale }: { locale: Locale }) {
  const { t } = useTranslation('journey');
  const [isOpen, setIsOpen] = useState(false);
  const [wasClosed, setWasClosed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Back on the button after closing the figures, so keyboard and screen-reader users are not lost.
  useEffect(() => {
    if (wasClosed && !isOpen) buttonRef.current?.focus();
  }, [wasClosed, isOpen]);
  const close = () => {
    setWasClosed(true);
    setIsOpen(false);
  };
  if (isOpen) return <FiguresView locale={locale} onClose={close} />;
  return (
    <p>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary"
        data-testid="open-figures"
        onClick={() => setIsOpen(true)}
      >
        {t('cases.figures')}
      </button>
    </p>
  );
}
