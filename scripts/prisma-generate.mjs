// Generates the Prisma client. The CLI needs a DATABASE_URL to take the offline (WASM) path,
// even though generating never connects: a placeholder does when none is set.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgresql://placeholder@127.0.0.1:1/placeholder' }
const result = spawnSync('prisma', ['generate'], { stdio: ['ignore', 'ignore', 'inherit'], env, shell: process.platform === 'win32' })
process.exit(result.status ?? 1)
