import { describe, expect, it } from 'vitest';

import { countryName } from './country-name';

describe('country names', () => {
  it('names countries in each language', () => {
    expect(countryName('BR', 'en')).toBe('Brazil');
    expect(countryName('ES', 'es')).toBe('España');
    expect(countryName('DE', 'pt')).toBe('Alemanha');
  });

  it('never throws on something that is not a country code', () => {
    expect(countryName('other', 'en')).toBe('other');
    expect(countryName('', 'es')).toBe('');
    expect(countryName('zz', 'pt')).toBe('zz');
  });
});
