// Lint: type-aware TypeScript rules, React hooks, Next.js, the engine/UI boundary, and no user-visible
// literal text in components (all words live in locales/).
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const PURE_LIB = [
  'lib/case/**',
  'lib/questionnaire/**',
  'lib/triage/**',
  'lib/referrals/**',
  'lib/referral-pack/**',
  'lib/triage-evaluation/**',
  'lib/figures/**',
  'lib/case-list/**',
];

export default tseslint.config(
  {
    ignores: ['out/**', '.next/**', 'node_modules/**', 'public/sw.js', 'next-env.d.ts', 'test-results/**'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'e2e/**', '**/*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Words the user reads come from locales/ through t(), never from literals in JSX.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zÀ-ÿ]/]',
          message: 'User-visible text must come from locales/ through t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|aria-description)$/] > Literal[value=/[A-Za-zÀ-ÿ]/]',
          message: 'User-visible text must come from locales/ through t().',
        },
      ],
    },
  },
  {
    files: PURE_LIB,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'next',
                'next/*',
                'dexie',
                'zustand',
                'zustand/*',
                'i18next',
                'workbox-window',
              ],
              message: 'The engine is pure TypeScript: no UI, storage or i18n libraries here.',
            },
            { group: ['@/components/*', '@/app/*'], message: 'The engine may not import screens.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/persistence/**', 'lib/store/**', 'lib/pwa/**', ...PURE_LIB],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only lib/persistence/ talks to IndexedDB.' },
            { name: 'workbox-window', message: 'Only lib/pwa/ registers the service worker.' },
          ],
          patterns: [{ group: ['zustand', 'zustand/*'], message: 'Use the store from lib/store/.' }],
        },
      ],
    },
  },
);
