// npm test — typecheck, lint, unit tests, then Playwright end-to-end tests in Chromium
// against a production build on a fresh database of their own. Leaves nothing running.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
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

/** Like run(), without blocking this process's event loop (the test SMTP server lives in it). */
function runAsync(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  step(label)
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed.`))))
  })
}

/**
 * A real SMTP server on loopback for the end-to-end tests: the app sends through it with
 * nodemailer (SMTP_URL), and every message it accepts is written, raw, to `dir` as an .eml file
 * for the specs to read (e2e/support/mail.ts). No TLS and no auth: it only listens on 127.0.0.1.
 */
async function startMailServer(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    name: 'broadside-test-smtp',
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        const name = `${Date.now()}-${String(++count).padStart(5, '0')}.eml`
        // Written then renamed, so a spec never reads half a message.
        fs.writeFileSync(path.join(dir, `${name}.part`), Buffer.concat(chunks))
        fs.renameSync(path.join(dir, `${name}.part`), path.join(dir, name))
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  console.log(`Test SMTP server listening on 127.0.0.1:${port}; messages go to ${path.relative(ROOT, dir)}/`)
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => count,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
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
  const mailDir = path.join(RESULTS, 'mail')
  const mail = await startMailServer(mailDir)
  try {
    await migrate(db.url)
    const port = await freePort()
    const env = appEnv(db.url, port, {
      SMTP_URL: mail.url,
      MAIL_DIR: mailDir,
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
    await runAsync('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test', ...extraArgs], env)
  } catch (error) {
    failure = error
  } finally {
    await mail.stop()
    console.log(`The test SMTP server received ${mail.count()} message(s).`)
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
