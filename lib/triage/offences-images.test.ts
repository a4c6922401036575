// Art. 16 (non-consensual dissemination of intimate images) defines an "intimate image" as a private recording of an
// adult (docs/sources.md, "UN Convention against Cybercrime"): images made or altered, "deepfakes", are not one, and
// are left to national law. For a person under 18, Art. 14 applies to any material that depicts or represents them.
// Expectations written from that text before the rule.
import { describe, expect, it } from 'vitest';

import { assess } from './assess';
import { scenario } from './testing/scenario';

const NOW = new Date('2026-12-02T12:00:00Z');

type AgeGroup = Parameters<ReturnType<typeof scenario>['age']>[0];

function shared(ageGroup: AgeGroup, imagesMade: string): string[] {
  const c = scenario()
    .country('AU')
    .age(ageGroup)
    .answers({
      incident_types: ['intimate_images_shared'],
      images_shared_already: 'yes',
      images_made: imagesMade,
    })
    .build();
  return assess(c, { now: NOW }).offences.map((o) => o.article);
}

describe('intimate images shared without consent', () => {
  it('real images of an adult: Art. 16', () => {
    expect(shared('age_18_to_59', 'real_images')).toContain('unc_16');
  });

  it('made or altered images of an adult (a deepfake): not Art. 16', () => {
    expect(shared('age_18_to_59', 'made_or_edited')).not.toContain('unc_16');
  });

  it('not known whether real: Art. 16 stays, as before the question existed', () => {
    expect(shared('age_18_to_59', 'dont_know')).toContain('unc_16');
  });

  it('made or altered images of a 14-year-old: Art. 14, never Art. 16', () => {
    const found = shared('under_18', 'made_or_edited');
    expect(found).toContain('unc_14');
    expect(found).not.toContain('unc_16');
  });
});
