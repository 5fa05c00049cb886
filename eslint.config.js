import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import pluginRouter from '@tanstack/eslint-plugin-router'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every folder of src/features: each may import only itself among the features. */
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const KEBAB = '+([a-z])*([a-z0-9])*(-+([a-z0-9]))'
/** TanStack Router's file names: `__root`, `$param`, and plain kebab-case (`index`, `route`, `new`). */
const ROUTE_NAME = `@(__root|$+([a-zA-Z0-9])|${KEBAB})`

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-bench',
      'dist-budget',
      'dist-nginx',
      'node_modules',
      'public/mockServiceWorker.js',
      'src/**/*.gen.ts',
      'test-results',
      'playwright-report',
      'bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  ...pluginRouter.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle follows imports into these files (it reads only .js without this).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // The folder contract (README "Folder contract"): imports flow routes → features → components → api →
      // lib, and app/ wires the API into the router and Query. Features never import each other (what two
      // share lives in components/ or lib/); lib knows nothing of the API, the app, the UI or the routes;
      // the API layer has no UI; the mock backend sees only the generated types and the pure lib modules.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/lib',
              from: [
                './src/api',
                './src/app',
                './src/components',
                './src/features',
                './src/routes',
                './src/mocks',
              ],
              message: 'lib/ imports nothing from api/, app/, components/, features/, routes/ or mocks/.',
            },
            {
              target: './src/api',
              from: ['./src/app', './src/components', './src/features', './src/routes', './src/mocks'],
            },
            {
              target: './src/app',
              from: ['./src/components', './src/features', './src/routes', './src/mocks'],
            },
            { target: './src/components', from: ['./src/features', './src/routes', './src/mocks'] },
            { target: './src/features', from: ['./src/routes', './src/mocks'] },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message:
                'A feature never imports another feature: move what they share to components/ or lib/.',
            })),
            {
              target: './src/mocks',
              from: ['./src/app', './src/components', './src/features', './src/routes', './src/api'],
              except: ['./schema.gen.ts'],
            },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Files and folders are kebab-case (`.test`, `.spec`, `.config`, `.d` after the name are fine).
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.{ts,js,mjs}'],
    ignores: ['src/routes/**'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,e2e,scripts}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // Route files and folders follow TanStack Router's names: `__root`, `$containerId`, `index`, `route`.
    files: ['src/routes/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': ROUTE_NAME },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/routes/**/': ROUTE_NAME }],
    },
  },
  {
    // The mock's rules are its own. The mock backend reads requests with its own port of the server's Go
    // parsers (src/mocks/go-parsers.ts), never with the dashboard's (src/lib, src/features), so the property
    // tests "every request the form accepts passes the server's rules" compare two independent readings.
    // (Kept as its own block, apart from the folder-boundary rules above.)
    files: ['src/mocks/**/*.ts'],
    ignores: ['src/mocks/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/*', '@/lib/**', '@/features/*', '@/features/**'],
              message:
                "The mock checks requests with its own reading of the server's rules (src/mocks/go-parsers.ts), not the dashboard's.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs,js}'],
    // page.evaluate callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Tests drive the real mock backend.
    files: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'import-x/no-restricted-paths': 'off' },
  },
)
