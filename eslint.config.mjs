import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.data/**', 'uploads/**']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Only the data layer talks to the database.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/db', '**/lib/db'], message: 'Import from lib/data; only the data layer uses lib/db.' },
          ],
        },
      ],
    },
  },
  {
    // Reading pages use plain links on purpose: no client router to load, no prefetching, and
    // every page is a cached document of its own. Sign-in links to the public site the same way.
    // The dashboard's links are plain too, given client navigation by one component around it
    // (components/admin/dashboard-links.tsx). (The rule is written for the Pages Router.)
    files: ['app/(site)/**', 'app/(auth)/**', 'app/(admin)/**', 'components/site/**', 'components/membership/**', 'components/admin/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    files: ['lib/data/**', 'lib/db.ts', 'scripts/**', 'prisma/**', 'e2e/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
])
