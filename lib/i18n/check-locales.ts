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

/** Finds every difference between the source language and the others. */
export function compareLocales(
  source: string,
  byLocale: Record<string, Record<string, unknown>>,
): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const sourceNamespaces = byLocale[source] ?? {};
  for (const [locale, namespaces] of Object.entries(byLocale)) {
    if (locale === source) continue;
    const allNs = new Set([...Object.keys(sourceNamespaces), ...Object.keys(namespaces)]);
    for (const ns of allNs) {
      const want = flattenKeys(sourceNamespaces[ns]);
      const have = flattenKeys(namespaces[ns]);
      for (const [key, text] of want) {
        const other = have.get(key);
        if (other === undefined) problems.push({ locale, namespace: ns, key, problem: 'missing' });
        else if (placeholdersOf(text).join() !== placeholdersOf(other).join())
          problems.push({ locale, namespace: ns, key, problem: `placeholders differ from ${source}` });
      }
      for (const key of have.keys())
        if (!want.has(key)) problems.push({ locale, namespace: ns, key, problem: `not in ${source}` });
    }
  }
  for (const [locale, namespaces] of Object.entries(byLocale))
    for (const [ns, tree] of Object.entries(namespaces))
      for (const [key, text] of flattenKeys(tree))
        if (text.trim() === '') problems.push({ locale, namespace: ns, key, problem: 'empty' });
  return problems;
}
