import { describe, expect, it } from 'vitest';

import { createTripleShiftDetector, type KeyEventLike } from './triple-shift';

function press(key: string, at: number): KeyEventLike[] {
  return [
    { key, type: 'keydown', timeStamp: at },
    { key, type: 'keyup', timeStamp: at + 30 },
  ];
}

function run(events: KeyEventLike[]): number {
  const detector = createTripleShiftDetector();
  return events.filter((e) => detector.handle(e)).length;
}

function typeWithShift(text: string, start: number): KeyEventLike[] {
  const events: KeyEventLike[] = [];
  let t = start;
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) {
      events.push({ key: 'Shift', type: 'keydown', timeStamp: t });
      events.push({ key: ch, type: 'keydown', timeStamp: t + 10 });
      events.push({ key: ch, type: 'keyup', timeStamp: t + 20 });
      events.push({ key: 'Shift', type: 'keyup', timeStamp: t + 30 });
    } else events.push(...press(ch, t));
    t += 80;
  }
  return events;
}

describe('the Shift three times shortcut', () => {
  it('fires on three lone Shift presses within five seconds', () => {
    expect(run([...press('Shift', 0), ...press('Shift', 400), ...press('Shift', 900)])).toBe(1);
  });

  it('does not fire on two presses followed by a six-second wait and a third', () => {
    expect(run([...press('Shift', 0), ...press('Shift', 300), ...press('Shift', 6300)])).toBe(0);
  });

  it('does not fire while someone types names with capital letters', () => {
    const text = 'Maria José GONÇALVES De Souza, Ana Lúcia RIBEIRO and João PEDRO '.repeat(8);
    expect(text.length).toBeGreaterThan(500);
    expect(run(typeWithShift(text, 0))).toBe(0);
  });

  it('starts counting again when another key is pressed between Shift presses', () => {
    expect(
      run([...press('Shift', 0), ...press('Shift', 200), ...press('a', 300), ...press('Shift', 400)]),
    ).toBe(0);
  });

  it('ignores auto-repeat while Shift is held down', () => {
    const held: KeyEventLike[] = [
      { key: 'Shift', type: 'keydown', timeStamp: 0 },
      { key: 'Shift', type: 'keydown', timeStamp: 500, repeat: true },
      { key: 'Shift', type: 'keydown', timeStamp: 600, repeat: true },
      { key: 'Shift', type: 'keyup', timeStamp: 700 },
    ];
    expect(run(held)).toBe(0);
    expect(run([...held, ...press('Shift', 800), ...press('Shift', 900)])).toBe(1);
  });
});
