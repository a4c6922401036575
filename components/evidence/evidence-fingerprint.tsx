'use client';

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import { groupHex } from '@/lib/evidence/format';

import styles from './evidence.module.css';

export type EvidenceFingerprintProps = {
  /** The SHA-256 as 64 hex digits. */
  sha256: string;
  /** Shows the one-sentence explanation of what a fingerprint is. Defaults to true. */
  showExplanation?: boolean;
};

/**
 * Shows a file's SHA-256 with its label, in monospace groups of eight that wrap on a narrow phone. The groups are
 * spaced with CSS, not characters, so selecting or copying the block gives the plain hash `sha256sum` prints.
 */
export function EvidenceFingerprint({ sha256, showExplanation = true }: EvidenceFingerprintProps) {
  const { t } = useTranslation('evidence');
  return (
    <div className={styles.fingerprint}>
      <dl>
        <dt>{t('fingerprint.label')}</dt>
        <dd>
          <code className={styles.hash} translate="no">
            {groupHex(sha256).map((group, i) => (
              <Fragment key={i}>
                {i > 0 && <wbr />}
                <span className={styles.hashGroup}>{group}</span>
              </Fragment>
            ))}
          </code>
        </dd>
      </dl>
      {showExplanation && <p className={styles.explain}>{t('fingerprint.explain')}</p>}
    </div>
  );
}
