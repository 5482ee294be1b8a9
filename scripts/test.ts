// npm test — typecheck, lint, unit tests, then Playwright end-to-end tests in Chromium
// against a production build on a fresh database of their own. Leaves nothing running.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createScratchDatabase, freePort, ROOT } from './lib/database'
import { appEnv, bin, buildIfNeeded, migrate, step } from './lib/app'

const e2eOnly = process.argv.includes('--e2e-only')
const extraArgs = process.argv.slice(2).filter((a) => a !== '--e2e-only')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const RESULTS = path.join(ROOT, 'test-results')

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  step(label)
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`${label} failed.`)
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return
  const isRoot = process.getuid?.() === 0
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    step('Installing Chromium from Debian (apt-get install chromium)')
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const result = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (result.status === 0 && fs.existsSync(CHROMIUM)) return
  }
  throw new Error(
    `Chromium was not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  )
}

type Counts = { passed: number; failed: number; skipped: number }

function countVitest(): Counts {
  try {
    const report = JSON.parse(fs.readFileSync(path.join(RESULTS, 'unit.json'), 'utf8'))
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

function countPlaywright(): Counts {
  try {
    const report = JSON.parse(fs.readFileSync(path.join(RESULTS, 'e2e.json'), 'utf8'))
    return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

async function main() {
  fs.rmSync(RESULTS, { recursive: true, force: true })
  fs.mkdirSync(RESULTS, { recursive: true })
  let failure: unknown
  if (!e2eOnly) {
    run('Type checking', 'npm', ['run', '--silent', 'typecheck'])
    run('Linting', 'npm', ['run', '--silent', 'lint'])
    run('Unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${path.join(RESULTS, 'unit.json')}`])
  }

  ensureChromium()
  step('Creating a fresh database for the end-to-end tests')
  const db = await createScratchDatabase('e2e')
  try {
    await migrate(db.url)
    const port = await freePort()
    const env = appEnv(db.url, port, {
      NEXT_DIST_DIR: '.next-e2e',
      E2E_PORT: String(port),
      E2E_PORT_B: String(await freePort()),
      SITE_URL: `http://localhost:${port}`,
      NEXTAUTH_URL: `http://localhost:${port}`,
      CHROMIUM_PATH: CHROMIUM,
      UPLOAD_DIR: path.join(ROOT, '.data', 'uploads-e2e'),
      // As behind nginx: believe only the last X-Forwarded-For entry (see e2e/login-protection.spec.ts).
      TRUSTED_PROXY_HEADER: 'x-forwarded-for',
    })
    // The database is new, so the prerendered pages must be too.
    fs.rmSync(path.join(ROOT, '.data', 'uploads-e2e'), { recursive: true, force: true })
    await seedIfEmptyWithUploads(db.url, env)
    await buildIfNeeded(env, { force: true })
    run('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test', ...extraArgs], env)
  } catch (error) {
    failure = error
  } finally {
    await db.stop()
  }
  const unit = countVitest()
  const e2e = countPlaywright()
  const total = { passed: unit.passed + e2e.passed, failed: unit.failed + e2e.failed, skipped: unit.skipped + e2e.skipped }
  console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`)
  console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`)
  console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
  if (failure) throw failure
}

/** The seed writes hero images into UPLOAD_DIR, so it must run with the test server's upload folder. */
async function seedIfEmptyWithUploads(url: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync(bin('tsx'), [path.join(ROOT, 'scripts', 'db-seed.ts')], { cwd: ROOT, stdio: 'inherit', env: { ...env, DATABASE_URL: url } })
  if (result.status !== 0) throw new Error('Seeding the test database failed.')
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
