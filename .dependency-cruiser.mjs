// The direction of imports (docs/architecture.md explains it): `npm run lint` runs dependency-cruiser with these
// rules, so an import that points back up a layer, or closes a circle between files or folders, fails CI.
// scripts/dependency-rules.test.ts checks that a fixture with a deliberate back-arrow fails and the real tree passes.

/**
 * The layers of the app, lowest first. A file may import its own layer and the layers below it, never a layer above.
 * Each entry is a regular expression on the path from the repository root.
 */
export const LAYERS = [
  { name: 'product', path: '^lib/product\\.ts$', comment: 'the product’s one name and version' },
  { name: 'words', path: '^(locales|lib/i18n)/', comment: 'the languages and every word the app shows' },
  {
    name: 'case',
    path: '^lib/case/',
    comment: 'the case file: schema, codes, migrations, reading and writing',
  },
  {
    name: 'questionnaire',
    path: '^lib/questionnaire/',
    comment: 'the questions as data, and moving through them',
  },
  { name: 'triage', path: '^lib/triage/', comment: 'the rules engine: a case in, an assessment out' },
  {
    name: 'referrals',
    path: '^lib/referrals/',
    comment: 'the directory and who to contact for an assessment',
  },
  {
    name: 'outputs',
    path: '^lib/(referral-pack|triage-evaluation|journey|figures|case-list)/',
    comment:
      'what is made from a case and its assessment: the pack, the evaluation table, the urgent panels, the figures, the case list',
  },
  {
    name: 'device',
    path: '^lib/(evidence|safety|pwa)/',
    comment: 'browser features: files, quick exit, updates',
  },
  { name: 'store', path: '^lib/store/', comment: 'the app state (zustand) and its selectors' },
  {
    name: 'persistence',
    path: '^lib/persistence/',
    comment: 'IndexedDB, autosave, tabs: subscribes to the store',
  },
  { name: 'components', path: '^components/', comment: 'the screens' },
  { name: 'app', path: '^app/', comment: 'the routes' },
];

/** Test support (`testing/` folders) builds situations from any layer, so it is outside the layering. */
const TEST_SUPPORT = '/testing/';
/** The evaluation harness (lib/triage-evaluation) is never shipped: it may reach questions with test support. */
const MAY_USE_TEST_SUPPORT = `(${TEST_SUPPORT}|^lib/triage-evaluation/)`;

function layerRules(layers) {
  return layers.slice(0, -1).map((layer, index) => ({
    name: `layer-${layer.name}-imports-up`,
    severity: 'error',
    comment: `${layer.name} (${layer.comment}) may import only ${layers
      .slice(0, index + 1)
      .map((l) => l.name)
      .join(', ')}: see docs/architecture.md`,
    from: { path: layer.path, pathNot: TEST_SUPPORT },
    to: { path: layers.slice(index + 1).map((l) => l.path) },
  }));
}

/**
 * The rules and options. `tsConfig: null` leaves the path aliases out, for the small fixture folders that
 * scripts/dependency-rules.test.ts checks with the same rules.
 */
export function createConfig({ tsConfig = 'tsconfig.json' } = {}) {
  return {
    forbidden: [
      {
        name: 'no-circular',
        severity: 'error',
        comment:
          'Two files that import each other (directly or round a circle): move what both need lower down.',
        from: {},
        to: { circular: true },
      },
      {
        name: 'no-circular-folders',
        severity: 'error',
        comment:
          'Two folders that import each other: one of them must sit below the other (docs/architecture.md).',
        scope: 'folder',
        from: {},
        to: { circular: true },
      },
      {
        name: 'not-to-unresolvable',
        severity: 'error',
        comment:
          'An import of a file that is not there (a move that missed an importer) hides from the rules.',
        from: {},
        to: { couldNotResolve: true },
      },
      ...layerRules(LAYERS),
      {
        name: 'app-imports-no-tools',
        severity: 'error',
        comment:
          'The app does not import scripts/ or e2e/ (test support in testing/ folders may use scripts/lib).',
        from: { path: '^(app|components|lib)/', pathNot: TEST_SUPPORT },
        to: { path: '^(scripts|e2e)/' },
      },
      {
        name: 'app-imports-no-test-support',
        severity: 'error',
        comment:
          'Test support (testing/ folders) is for tests, scripts, e2e and the evaluation harness only.',
        from: { path: '^(app|components|lib)/', pathNot: MAY_USE_TEST_SUPPORT },
        to: { path: TEST_SUPPORT },
      },
    ],
    options: {
      // Tests import whatever their situation needs and nothing imports a test, so they are left out.
      // The fixtures of these rules hold deliberate back-arrows.
      exclude: {
        path: [
          '^(node_modules|out|\\.next|test-results|public)/',
          '\\.(test|spec)\\.tsx?$',
          '^scripts/fixtures/dependency-rules/',
          // Written by next build.
          '^next-env\\.d\\.ts$',
        ],
      },
      doNotFollow: { path: 'node_modules' },
      // Type-only imports count: a circle of types is still a circle for a reader.
      tsPreCompilationDeps: true,
      ...(tsConfig ? { tsConfig: { fileName: tsConfig } } : {}),
      enhancedResolveOptions: {
        exportsFields: ['exports'],
        conditionNames: ['import', 'require', 'node', 'default', 'types'],
        extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.d.mts'],
      },
    },
  };
}

export default createConfig();
