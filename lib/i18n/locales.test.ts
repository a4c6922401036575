import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { compareLocales, flattenKeys, placeholdersOf, textAt } from './check-locales';
import { LOCALES } from './config';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');

function readAll(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const locale of LOCALES) {
    const dir = path.join(LOCALES_DIR, locale);
    out[locale] = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      out[locale][file.replace(/\.json$/, '')] = JSON.parse(
        fs.readFileSync(path.join(dir, file), 'utf8'),
      ) as unknown;
    }
  }
  return out;
}

describe('the three languages', () => {
  it('have the same namespaces, keys and placeholders, and no empty text', () => {
    const problems = compareLocales('en', readAll());
    expect(problems.map((p) => `${p.locale}/${p.namespace}: ${p.key} ${p.problem}`)).toEqual([]);
  });

  it('each language index bundles every namespace file found on disk', async () => {
    for (const locale of LOCALES) {
      const files = fs
        .readdirSync(path.join(LOCALES_DIR, locale))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
      const mod = (await import(`../../locales/${locale}/index.ts`)) as {
        RESOURCES: Record<string, unknown>;
      };
      expect(Object.keys(mod.RESOURCES).sort()).toEqual(files);
    }
  });
});

describe('the locale checker', () => {
  it('reports a key missing in one language', () => {
    const problems = compareLocales('en', {
      en: { common: { a: { b: 'Hello', c: 'Bye' } } },
      es: { common: { a: { b: 'Hola' } } },
    });
    expect(problems).toEqual([{ locale: 'es', namespace: 'common', key: 'a.c', problem: 'missing' }]);
  });

  it('reports a placeholder that was renamed or dropped in translation', () => {
    const problems = compareLocales('en', {
      en: { common: { greet: 'Hello {{name}}, {{count}} new' } },
      pt: { common: { greet: 'Olá {{nome}}, {{count}} novas' } },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('placeholders');
  });

  it('reports an extra key, a missing namespace and an empty string', () => {
    const problems = compareLocales('en', {
      en: { common: { a: 'A' }, pack: { t: 'T' } },
      es: { common: { a: '', z: 'Z' } },
    });
    expect(problems.map((p) => p.problem).sort()).toEqual(['empty', 'missing', 'not in en']);
  });

  it('reads placeholders with formatting options and ignores their order', () => {
    expect(placeholdersOf('{{b}} and {{ a, number }} and {{b}}')).toEqual(['a', 'b']);
    expect(flattenKeys({ x: { y: { z: 'v' } } })).toEqual(new Map([['x.y.z', 'v']]));
  });

  it('reads the text or subtree at a dotted key, and nothing past a text or a missing key', () => {
    const tree = { x: { y: { z: 'v' } } };
    expect(textAt(tree, 'x.y.z')).toBe('v');
    expect(textAt(tree, 'x.y')).toEqual({ z: 'v' });
    expect(textAt(tree, 'x.y.z.w')).toBeUndefined();
    expect(textAt(tree, 'x.q')).toBeUndefined();
    expect(textAt(tree, 'toString')).toBeUndefined();
  });
});

describe('plurals in the locale checker', () => {
  it('asks each language for the plural forms its grammar uses', () => {
    const problems = compareLocales('en', {
      en: { pack: { paid_one: '1 payment', paid_other: '{{count}} payments' } },
      es: { pack: { paid_one: '1 pago', paid_other: '{{count}} pagos' } },
      pt: {
        pack: {
          paid_one: '1 pagamento',
          paid_many: '{{count}} pagamentos',
          paid_other: '{{count}} pagamentos',
        },
      },
    });
    expect(problems).toEqual([
      { locale: 'es', namespace: 'pack', key: 'paid_many', problem: 'missing plural form' },
    ]);
  });

  it('lets a form leave out {{count}} but not another placeholder', () => {
    const problems = compareLocales('en', {
      en: { pack: { paid_one: 'one payment to {{name}}', paid_other: '{{count}} payments to {{name}}' } },
      pt: {
        pack: {
          paid_one: 'um pagamento',
          paid_many: '{{count}} pagamentos a {{name}}',
          paid_other: '{{count}} a {{name}}',
        },
      },
    });
    expect(problems.map((p) => p.key)).toEqual(['paid_one']);
  });

  it('reads a key that only ends like a plural as a plain key', () => {
    expect(
      compareLocales('en', {
        en: { r: { country_other: 'your country' } },
        es: { r: { country_other: 'tu país' } },
      }),
    ).toEqual([]);
  });
});
