import { describe, expect, it } from 'vitest';

import { getEntry } from './directory';
import { hasFreshLiveCheck, isSourceStale, latestDayOf, shownVerification, yearsSince } from './freshness';
import type { DirectoryEntry } from './types';

const AT = new Date('2026-12-02T00:00:00Z');

function entry(id: string): DirectoryEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`the entry ${id} was renamed`);
  return found;
}

describe('the age of a source', () => {
  it('reads a year or a month as its last day, so a source is never made older than it may be', () => {
    expect(latestDayOf('2023').toISOString().slice(0, 10)).toBe('2023-12-31');
    expect(latestDayOf('2024-02').toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(latestDayOf('2023-05-03').toISOString().slice(0, 10)).toBe('2023-05-03');
  });

  it('counts whole years', () => {
    expect(yearsSince('2023-12-02', AT)).toBe(3);
    expect(yearsSince('2023-12-03', AT)).toBe(2);
    expect(yearsSince('2023', AT)).toBe(2);
    expect(yearsSince('2015', AT)).toBe(10);
  });
});

describe('the badge an entry earns', () => {
  it('is official_dated for an official page over three years old, and undated sources are not judged stale', () => {
    expect(shownVerification(entry('pt_sos_crianca'), AT)).toBe('official_dated');
    expect(shownVerification(entry('mx_condusef'), AT)).toBe('official');
    expect(isSourceStale(entry('gb_report_remove'), AT)).toBe(false);
  });

  it('never raises a secondary or partial level, however old', () => {
    expect(shownVerification(entry('ar_linea_137'), new Date('2040-01-01'))).toBe('secondary');
    expect(shownVerification(entry('ar_911'), new Date('2040-01-01'))).toBe('partial');
  });

  it('takes a live check as fresh for three years only', () => {
    const live: DirectoryEntry = {
      ...entry('pt_sos_crianca'),
      checkMethod: 'live',
      verifiedOn: '2026-01-10',
    };
    expect(hasFreshLiveCheck(live, AT)).toBe(true);
    expect(shownVerification(live, AT)).toBe('official');
    expect(shownVerification(live, new Date('2029-02-01'))).toBe('official_dated');
  });
});
