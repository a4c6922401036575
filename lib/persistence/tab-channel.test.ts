import { describe, expect, it } from 'vitest';

import { createTabChannel, type TabMessage } from './tab-channel';

/** Waits until `received` holds `count` messages (BroadcastChannel delivers asynchronously), or 2 s pass. */
async function until(received: TabMessage[], count: number): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (received.length < count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the tab channel', () => {
  it('carries lock messages to the other tabs, never back to the one that sent them', async () => {
    const first = createTabChannel();
    const second = createTabChannel();
    const heardByFirst: TabMessage[] = [];
    const heardBySecond: TabMessage[] = [];
    const stopFirst = first.listen((m) => heardByFirst.push(m));
    const stopSecond = second.listen((m) => heardBySecond.push(m));
    first.tell({ type: 'locked' });
    first.tell({ type: 'lock_changed' });
    second.tell({ type: 'case_deleted', caseId: 'case_1' });
    await until(heardBySecond, 2);
    await until(heardByFirst, 1);
    expect(heardBySecond.map((m) => m.type)).toEqual(['locked', 'lock_changed']);
    expect(heardByFirst.map((m) => m.type)).toEqual(['case_deleted']);
    stopFirst();
    stopSecond();
  });

  it('ignores messages of a kind it does not know (an older or newer version of the app in another tab)', async () => {
    const heard: TabMessage[] = [];
    const listener = createTabChannel();
    const stop = listener.listen((m) => heard.push(m));
    const raw = new BroadcastChannel('app-tabs');
    raw.postMessage({ type: 'unlock_with', passphrase: 'x', from: 'elsewhere' });
    raw.postMessage({ type: 'locked' });
    raw.postMessage({ type: 'locked', from: 'elsewhere' });
    await until(heard, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([{ type: 'locked', from: 'elsewhere' }]);
    raw.close();
    stop();
  });
});
