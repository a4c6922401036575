'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

// Which sections are open, for this browser tab only (sessionStorage): ids of sections, never case content.
const KEY = 'app.sections_open';

function readOpen(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function writeOpen(id: string, isOpen: boolean): void {
  try {
    const others = readOpen().filter((v) => v !== id);
    sessionStorage.setItem(KEY, JSON.stringify(isOpen ? [...others, id] : others));
  } catch {
    // Without session storage a section simply starts closed next time.
  }
}

/** Opens a section the next time it is shown (the case list's "Follow up" opens the follow-up section). */
export function openSectionNextTime(id: string): void {
  writeOpen(id, true);
}

/**
 * A part of a long screen that opens on demand (the GOV.UK accordion pattern, with the native details and summary
 * elements, so it works with the keyboard and screen readers without script). It remembers, for this tab, whether
 * the person opened it, so coming back to the screen shows it as they left it. `id` is a stable snake_case id.
 */
export function Section({
  id,
  title,
  children,
  testId,
  isPrintedOpen = false,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Printed with its content even when closed (the pack's preview is also its print view). */
  isPrintedOpen?: boolean;
}) {
  const [isOpen, setIsOpen] = useState(() => readOpen().includes(id));
  const ref = useRef<HTMLDetailsElement>(null);

  // Browsers without ::details-content (see globals.css) print a closed section empty: open it while printing.
  useEffect(() => {
    if (!isPrintedOpen) return;
    let wasOpen = true;
    const before = () => {
      if (!ref.current) return;
      wasOpen = ref.current.open;
      ref.current.dataset.printing = '';
      ref.current.open = true;
    };
    const after = () => {
      if (!ref.current) return;
      ref.current.open = wasOpen;
      delete ref.current.dataset.printing;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [isPrintedOpen]);

  return (
    <details
      ref={ref}
      className={isPrintedOpen ? 'section section--printed-open' : 'section'}
      data-section={id}
      data-testid={testId}
      open={isOpen}
      onToggle={(event) => {
        if (event.currentTarget.dataset.printing !== undefined) return;
        const next = event.currentTarget.open;
        if (next === isOpen) return;
        setIsOpen(next);
        writeOpen(id, next);
      }}
    >
      <summary className="section__summary">
        <h2 className="section__title">{title}</h2>
      </summary>
      <div className="section__body">{children}</div>
    </details>
  );
}
