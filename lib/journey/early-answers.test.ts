import { afterEach, describe, expect, it } from 'vitest';

import { getEarlyAnswers, setEarlyAnswer, takeOverEarlyAnswers } from './early-answers';

afterEach(() => {
  takeOverEarlyAnswers(null);
});

describe('answers given before the journey is ready', () => {
  it('are kept until the journey takes over, then handed over once', () => {
    setEarlyAnswer('in_danger_now', 'yes');
    setEarlyAnswer('in_danger_now', 'no');
    setEarlyAnswer('self_harm_thoughts', 'prefer_not');
    expect(getEarlyAnswers()).toEqual({ in_danger_now: 'no', self_harm_thoughts: 'prefer_not' });
    const given: [string, string][] = [];
    expect(takeOverEarlyAnswers((id, v) => given.push([id, v]))).toEqual({
      in_danger_now: 'no',
      self_harm_thoughts: 'prefer_not',
    });
    expect(getEarlyAnswers()).toEqual({});
    setEarlyAnswer('in_danger_now', 'yes');
    expect(given).toEqual([['in_danger_now', 'yes']]);
    expect(getEarlyAnswers()).toEqual({});
  });

  it('are kept again once the journey lets go', () => {
    takeOverEarlyAnswers(() => undefined);
    takeOverEarlyAnswers(null);
    setEarlyAnswer('in_danger_now', 'dont_know');
    expect(getEarlyAnswers()).toEqual({ in_danger_now: 'dont_know' });
  });
});
