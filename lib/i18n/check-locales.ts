/**
 * Compares translations: every language must have the same namespaces, the same keys and, for each key, the same
 * `{{placeholders}}` as English. Used by the locale test and usable from scripts.
 */
export type LocaleTree = { [key: string]: string | LocaleTree };

export type LocaleProblem = { locale: string; namespace: string; key: string; problem: string };

/** Flattens a nested translation object into dotted keys and their strings. */
export function flattenKeys(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenKeys(value, path)) out.set(k, v);
  }
  return out;
}

/** What a translation tree holds at a dotted key (`questions.in_danger_now.label`): a text, a subtree, or undefined. */
export function textAt(tree: unknown, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Lists the `{{placeholder}}` names in a string, sorted, without duplicates. */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)) if (match[1]) names.add(match[1]);
  return [...names].sort();
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Splits flattened keys into plain keys and plural groups: `payments_one` and `payments_other` form the group
 * `payments` (a group has at least its `_one` and `_other` forms; `country_other` alone is a plain key).
 */
function splitPlurals(keys: Map<string, string>): {
  plain: Map<string, string>;
  plurals: Map<string, Map<string, string>>;
} {
  const plain = new Map<string, string>();
  const plurals = new Map<string, Map<string, string>>();
  for (const [key, text] of keys) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base !== key && keys.has(`${base}_one`) && keys.has(`${base}_other`)) {
      const forms = plurals.get(base) ?? new Map<string, string>();
      forms.set(key.slice(base.length + 1), text);
      plurals.set(base, forms);
    } else plain.set(key, text);
  }
  return { plain, plurals };
}

/** The plural forms a language needs (`zero` is always optional). */
function pluralForms(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== 'zero');
}

const withoutCount = (text: string) =>
  placeholdersOf(text)
    .filter((name) => name !== 'count')
    .join();

/**
 * Finds every difference between the source language and the others. Plural groups (`key_one`, `key_other`...)
 * are compared as one key: each language must have every plural form its grammar uses (Spanish and Portuguese
 * also `_many`), and the same placeholders as the source's `_other` form (`{{count}}` may be left out of a form).
 */
export function compareLocales(
  source: string,
  byLocale: Record<string, Record<string, unknown>>,
): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const sourceNamespaces = byLocale[source] ?? {};
  for (const [locale, namespaces] of Object.entries(byLocale)) {
    const allNs = new Set([...Object.keys(sourceNamespaces), ...Object.keys(namespaces)]);
    for (const ns of allNs) {
      const want = splitPlurals(flattenKeys(sourceNamespaces[ns]));
      const have = splitPlurals(flattenKeys(namespaces[ns]));
      for (const [base, forms] of have.plurals) {
        for (const form of pluralForms(locale))
          if (!forms.has(form))
            problems.push({ locale, namespace: ns, key: `${base}_${form}`, problem: 'missing plural form' });
        const allowed = new Set(['zero', ...pluralForms(locale)]);
        for (const form of forms.keys())
          if (!allowed.has(form))
            problems.push({
              locale,
              namespace: ns,
              key: `${base}_${form}`,
              problem: `not a plural form of ${locale}`,
            });
      }
      if (locale === source) continue;
      for (const [key, text] of want.plain) {
        const other = have.plain.get(key);
        if (other === undefined) problems.push({ locale, namespace: ns, key, problem: 'missing' });
        else if (placeholdersOf(text).join() !== placeholdersOf(other).join())
          problems.push({ locale, namespace: ns, key, problem: `placeholders differ from ${source}` });
      }
      for (const key of have.plain.keys())
        if (!want.plain.has(key)) problems.push({ locale, namespace: ns, key, problem: `not in ${source}` });
      for (const [base, forms] of want.plurals) {
        const theirs = have.plurals.get(base);
        if (!theirs) {
          problems.push({ locale, namespace: ns, key: base, problem: 'missing' });
          continue;
        }
        const expected = withoutCount(forms.get('other') ?? '');
        for (const [form, text] of theirs)
          if (withoutCount(text) !== expected)
            problems.push({
              locale,
              namespace: ns,
              key: `${base}_${form}`,
              problem: `placeholders differ from ${source}`,
            });
      }
      for (const base of have.plurals.keys())
        if (!want.plurals.has(base))
          problems.push({ locale, namespace: ns, key: base, problem: `not in ${source}` });
    }
  }
  for (const [locale, namespaces] of Object.entries(byLocale))
    for (const [ns, tree] of Object.entries(namespaces))
      for (const [key, text] of flattenKeys(tree))
        if (text.trim() === '') problems.push({ locale, namespace: ns, key, problem: 'empty' });
  return problems;
}
