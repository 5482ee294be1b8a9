import { defineConfig } from '@playwright/test'
import { serverNodeArgs } from './scripts/lib/server-args'

// End-to-end tests drive Debian's Chromium against a production build served as in production
// (server.mjs; `npm test` builds it and hands over DATABASE_URL for a fresh database of its own).
const port = Number(process.env.E2E_PORT ?? 3100)
// A second instance of the same build, to prove instances stay consistent (e2e/multi-instance.spec.ts).
const portB = Number(process.env.E2E_PORT_B ?? 3101)
export const baseURL = `http://localhost:${port}`
export const baseURLB = `http://localhost:${portB}`

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  outputDir: 'test-results/artifacts',
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: [port, portB].map((p) => ({
    command: ['node', ...serverNodeArgs(), 'server.mjs'].join(' '),
    url: `http://localhost:${p}/`,
    env: { ...(process.env as Record<string, string>), PORT: String(p) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
})
