import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import pluginRouter from '@tanstack/eslint-plugin-router'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // Imports flow one way: routes → features → components/lib/api. The API layer has no UI, and the
      // mock backend sees only the generated types and the pure rule modules it shares with the client.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/api',
              from: ['./src/components', './src/features', './src/routes', './src/mocks'],
            },
            { target: './src/lib', from: ['./src/features', './src/routes', './src/mocks'] },
            { target: './src/components', from: ['./src/features', './src/routes', './src/mocks'] },
            { target: './src/features', from: ['./src/routes', './src/mocks'] },
            {
              target: './src/mocks',
              from: ['./src/components', './src/features', './src/routes', './src/api'],
              except: ['./schema.gen.ts'],
            },
          ],
        },
      ],
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
