// Typing as a person does, interrupted at random moments: the shared part of e2e/typing-survives.spec.ts and
// scripts/bench-typing.ts. A seeded generator picks the letters, the pauses between them and the moment of the
// interruption, so a failing run can be replayed exactly.
import { setTimeout as pause } from 'node:timers/promises';

import { expect, type Locator, type Page } from '@playwright/test';

import { JourneyPage } from '../pages/journey-page';
import { driveTo } from './drive';

/** A small seeded generator (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: () => number, min: number, max: number) =>
  Math.floor(min + random() * (max - min + 1));

/** One character typed, and when the page had taken it (Date.now() on the test's side). */
export type Keystroke = { char: string; at: number };

export type Rhythm = {
  /** How many characters each burst types. */
  chars: [min: number, max: number];
  /** The pause between two characters, in ms. */
  gapMs: [min: number, max: number];
  /** The pause after the last character, before the interruption, in ms. */
  lastPauseMs: [min: number, max: number];
};

/** A burst, then a pause, then the reload or close: what a person on a shaky phone might do. */
export const REALISTIC: Rhythm = { chars: [3, 8], gapMs: [20, 120], lastPauseMs: [0, 700] };

// Lower case and digits only: Shift pressed three times is the quick exit, and a space at the end of the text is
// a character like any other.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 ';

/** The account question: free text the person writes in their own words (case.account). */
export function accountField(page: Page): Locator {
  return page.locator('form.step[data-step="your_account"] #account');
}

/** Starts a case and walks the shortest journey to the account question. */
export async function openAccountQuestion(page: Page): Promise<void> {
  const journey = new JourneyPage(page, 'en');
  await journey.startNew();
  await driveTo(
    page,
    { in_danger_now: 'no', incident_types: ['phishing'], money_sent: 'no' },
    (v) => v.kind === 'step' && v.id === 'your_account',
  );
  await journey.expectSaved();
}

/**
 * Types a burst of characters at the end of the field, one key at a time, then pauses. The pauses are the
 * person's rhythm (drawn from `random`), the thing under test, not a wait for the app.
 */
export async function typeBurst(page: Page, field: Locator, random: () => number, rhythm: Rhythm) {
  await field.focus();
  await page.keyboard.press('Control+End');
  const typed: Keystroke[] = [];
  const count = between(random, ...rhythm.chars);
  for (let i = 0; i < count; i++) {
    if (i > 0) await pause(between(random, ...rhythm.gapMs));
    const char = ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'a';
    await page.keyboard.press(char);
    // press() returns once the page has handled the key: the character was typed at this moment or before, so
    // its age at the interruption is never overstated.
    typed.push({ char, at: Date.now() });
  }
  await expect(field).toHaveValue(new RegExp(`${escapeRegExp(typed.map((k) => k.char).join(''))}$`));
  await pause(between(random, ...rhythm.lastPauseMs));
  return typed;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What one interruption kept of one burst. */
export type Outcome = {
  /** The text before the burst, the characters typed, when the interruption began, and the text found after. */
  before: string;
  typed: Keystroke[];
  interruptedAt: number;
  after: string;
};

type Bucket = { typed: number; kept: number };

/** Counts of characters kept, by how long before the interruption they were typed. */
export type Tally = {
  under200ms: Bucket;
  from200to400ms: Bucket;
  from400ms: Bucket;
  /** Characters typed 200 ms or more before the interruption that were lost, described for the failure message. */
  lost: string[];
  /** Interruptions after which the text was not the text before plus some of the burst (something else changed). */
  damaged: string[];
};

export function emptyTally(): Tally {
  return {
    under200ms: { typed: 0, kept: 0 },
    from200to400ms: { typed: 0, kept: 0 },
    from400ms: { typed: 0, kept: 0 },
    lost: [],
    damaged: [],
  };
}

/** Adds one interruption to the tally. */
export function tally(into: Tally, outcome: Outcome, label: string): void {
  const { before, typed, interruptedAt, after } = outcome;
  const full = before + typed.map((k) => k.char).join('');
  if (!after.startsWith(before) || !full.startsWith(after)) {
    into.damaged.push(
      `${label}: before ${JSON.stringify(before)}, typed ${JSON.stringify(full.slice(before.length))}, found ${JSON.stringify(after)}`,
    );
    return;
  }
  const keptCount = after.length - before.length;
  typed.forEach((key, i) => {
    const age = interruptedAt - key.at;
    const bucket = age < 200 ? into.under200ms : age < 400 ? into.from200to400ms : into.from400ms;
    const isKept = i < keptCount;
    bucket.typed += 1;
    if (isKept) bucket.kept += 1;
    else if (age >= 200) into.lost.push(`${label}: ${JSON.stringify(key.char)} typed ${age} ms before`);
  });
}

export function describeTally(t: Tally): string {
  const line = (name: string, b: Bucket) => `${name}: ${b.kept} of ${b.typed} kept`;
  return [
    line('typed < 200 ms before', t.under200ms),
    line('typed 200-399 ms before', t.from200to400ms),
    line('typed >= 400 ms before', t.from400ms),
  ].join('; ');
}
