// ESLint over the whole tree (`npm run lint`): @eslint/js and typescript-eslint's recommended rules
// (syntactic only, no type information, so a run stays fast on a two-core machine; `tsc -b` is the
// type check), and React's hooks rules for the renderer.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'scratch/', 'resources/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // `const { secret: _s, ...shown } = row` drops a field on purpose, and a parameter named `_x` is
      // one an interface hands over that this implementation does not need.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // A migration works on the database as it was at its version, not on today's `DB` type, so it
    // takes `Kysely<any>` (Kysely's documented signature); its tests seed rows of that old shape.
    // `test/electron/hardening.test.ts` is a hand-written stand-in for Electron whose recorded handlers
    // are called with made-up arguments, and `test/checkin/support.ts`'s `call<T = any>` lets a test
    // read the value of any channel without naming its type. Production code keeps the rule.
    files: ['electron/store/migrations/**', 'electron/centerserver/migrations/**', 'test/**/*migration*.test.ts', 'test/electron/hardening.test.ts', 'test/checkin/support.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Playwright reads a fixture's first parameter to know what it depends on: `async ({}, use)` is
    // how a fixture says "nothing".
    files: ['test/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // The main process, browser mode, the CLI, the tests and the build configs run on Node.
    files: ['electron/**', 'test/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The renderer runs in the browser; the e2e specs hand functions to the page (page.evaluate).
    files: ['renderer/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The recommended set, React Compiler rules included: on this renderer they flag state copied
    // from a query into an effect (set-state-in-effect), Date.now() during render (purity) and refs
    // read during render (refs), which are the bugs the query layer and forms remove.
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
]);
