'use client';

import { useEffect, useRef, useState } from 'react';

import { prepareEvidence, type AttachedEvidence } from '@/lib/evidence/prepare-evidence';
import { isQuotaError } from '@/lib/evidence/storage-space';

type FileFacts = { name: string; sizeBytes: number };

export type PickerState =
  | { step: 'idle' }
  | ({ step: 'checking' } & FileFacts)
  | ({ step: 'hashing'; done: number; total: number } & FileFacts)
  | ({ step: 'saving' } & FileFacts)
  | ({ step: 'attached'; sha256: string } & FileFacts)
  | { step: 'cancelled' }
  | { step: 'no_space'; sizeBytes: number; availableBytes: number }
  | { step: 'failed'; reason: 'read_failed' | 'save_failed' | 'storage_full' };

/**
 * Attaching one file as evidence: checks the space left, fingerprints the original bytes in a worker (progress,
 * cancel), then hands the file on to be stored. Leaving the screen cancels a fingerprint in progress.
 */
export function useEvidenceAttach(
  onAttached: (evidence: AttachedEvidence) => void | Promise<void>,
  onError?: (error: unknown) => void,
) {
  const [state, setState] = useState<PickerState>({ step: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);
  const isBusy = state.step === 'checking' || state.step === 'hashing' || state.step === 'saving';
  const canCancel = state.step === 'checking' || state.step === 'hashing';

  async function attach(file: File) {
    const controller = new AbortController();
    controllerRef.current = controller;
    const facts: FileFacts = { name: file.name, sizeBytes: file.size };
    setState({ step: 'checking', ...facts });
    const outcome = await prepareEvidence(file, {
      signal: controller.signal,
      onHashing: () => setState({ step: 'hashing', ...facts, done: 0, total: file.size }),
      onProgress: (done, total) => setState({ step: 'hashing', ...facts, done, total }),
    });
    if (controllerRef.current === controller) controllerRef.current = null;
    if (outcome.status === 'cancelled') return setState({ step: 'cancelled' });
    if (outcome.status === 'not_enough_space') {
      return setState({ step: 'no_space', sizeBytes: file.size, availableBytes: outcome.availableBytes });
    }
    if (outcome.status === 'failed') {
      setState({ step: 'failed', reason: 'read_failed' });
      return onError?.(outcome.error);
    }
    setState({ step: 'saving', ...facts });
    try {
      await onAttached(outcome.evidence);
      setState({ step: 'attached', ...facts, sha256: outcome.evidence.sha256 });
    } catch (error) {
      setState({ step: 'failed', reason: isQuotaError(error) ? 'storage_full' : 'save_failed' });
      onError?.(error);
    }
  }

  return { state, isBusy, canCancel, attach, cancel: () => controllerRef.current?.abort() };
}
