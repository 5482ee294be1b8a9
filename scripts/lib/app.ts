// Shared steps of the start, build, dev and test scripts.
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT, runWith } from './database'
import { serverNodeArgs } from './server-args'

export const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
export const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')

export function step(message: string) {
  console.log(`\n▶ ${message}`)
}

/** Applies committed migrations, as production does. */
export async function migrate(url: string) {
  const code = await runWith(url, bin('prisma'), ['migrate', 'deploy'])
  if (code !== 0) throw new Error('Database migration failed.')
}

/** Seeds demo content into an empty database (no-op otherwise). */
export async function seedIfEmpty(url: string) {
  const code = await runWith(url, bin('tsx'), [path.join(ROOT, 'scripts', 'db-seed.ts')])
  if (code !== 0) throw new Error('Seeding demo content failed.')
}

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in the git-ignored .data folder. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET
  const file = path.join(ROOT, '.data', 'auth-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

export function appEnv(url: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`
  return {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    SITE_URL: siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
    NEXTAUTH_SECRET: authSecret(),
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}

const SOURCES = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json']

/** A fingerprint of everything the build reads, to skip rebuilding when nothing changed. */
function sourceFingerprint(): string {
  const hash = createHash('sha256')
  const walk = (p: string) => {
    const full = path.join(ROOT, p)
    if (!fs.existsSync(full)) return
    const stat = fs.statSync(full)
    if (stat.isDirectory()) {
      if (p.endsWith('generated')) return
      for (const child of fs.readdirSync(full).sort()) walk(path.join(p, child))
    } else hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`)
  }
  SOURCES.forEach(walk)
  return hash.digest('hex')
}

export async function buildIfNeeded(env: NodeJS.ProcessEnv, { force = false } = {}) {
  const distDir = path.join(ROOT, env.NEXT_DIST_DIR || '.next')
  const stampFile = path.join(distDir, 'broadside-source-fingerprint')
  const fingerprint = sourceFingerprint()
  if (!force && fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === fingerprint) {
    console.log('The production build is up to date.')
    return
  }
  step('Building the site (about 30 seconds)')
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: ROOT, stdio: 'inherit', env })
  if (result.status !== 0) throw new Error('next build failed.')
  fs.writeFileSync(stampFile, fingerprint)
}

/** The production server (server.mjs: Next behind a memory of its own cache hits). */
export const serverEntry = path.join(ROOT, 'server.mjs')

/** Starts the production server on `port` (HOST, or every interface), returning its process. */
export function startServer(env: NodeJS.ProcessEnv, port: number) {
  return spawn(process.execPath, [...serverNodeArgs(env), serverEntry], { cwd: ROOT, stdio: 'inherit', env: { ...env, PORT: String(port), HOST: env.HOST ?? '0.0.0.0' } })
}
