// One name and version for the product (lib/product.ts): every place that states them agrees with it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LOCALES } from './i18n/config';
import { PRODUCT_NAME, PRODUCT_VERSION } from './product';

const ROOT = path.resolve(import.meta.dirname, '..');

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

/** The files of the repository that hold code, fixtures or documentation (not dependencies or build output). */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs|json|md|webmanifest)$/.test(name) ? [file] : [];
  });
}

describe('the product’s name and version', () => {
  it('are package.json’s name (in lower case) and version, and the lock file’s', () => {
    const pkg = readJson('package.json');
    expect(pkg.name).toBe(PRODUCT_NAME.toLowerCase());
    expect(pkg.version).toBe(PRODUCT_VERSION);
    const lock = readJson('package-lock.json');
    const root = (lock.packages as Record<string, Record<string, unknown>>)[''];
    expect([lock.name, lock.version, root?.name, root?.version]).toEqual([
      pkg.name,
      PRODUCT_VERSION,
      pkg.name,
      PRODUCT_VERSION,
    ]);
  });

  it('name the installed app (the web app manifest)', () => {
    const manifest = readJson('public/manifest.webmanifest');
    expect([manifest.name, manifest.short_name]).toEqual([PRODUCT_NAME, PRODUCT_NAME]);
  });

  it('are the app’s name in every language (common:app.name, which the screens and the pack print)', () => {
    for (const lang of LOCALES) {
      const common = readJson(`locales/${lang}/common.json`) as { app: { name: string } };
      expect(common.app.name, lang).toBe(PRODUCT_NAME);
    }
  });

  it('are the only app name and version written in the code, fixtures and docs', () => {
    // A name followed by a version (`Harbour 0.1.0`) is a copy that can drift: fixtures use PRODUCT_SIGNATURE.
    const signature = /\b[A-Z][a-z]+ v?\d+\.\d+\.\d+\b/g;
    expect('made with Harbour 0.1.0.'.match(signature)).toEqual(['Harbour 0.1.0']);
    const signatures = ['app', 'components', 'lib', 'e2e', 'examples', 'docs', 'scripts', 'public'].flatMap(
      (dir) =>
        sourceFiles(dir)
          .filter((file) => file !== path.join('lib', 'product.test.ts'))
          .flatMap((file) =>
            [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(signature)].map(
              (m) => `${file}: ${m[0]}`,
            ),
          ),
    );
    expect(signatures).toEqual([]);
  });
});
