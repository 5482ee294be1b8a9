// Where uploaded files live, behind a small interface an S3-compatible store could implement.
import { promises as fs } from 'node:fs'
import path from 'node:path'

export interface MediaStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>
  read(key: string): Promise<Buffer | null>
  remove(key: string): Promise<void>
}

const KEY = /^[a-z0-9][a-z0-9/_-]*\.(jpg|png|webp|gif)$/

export function isValidStorageKey(key: string): boolean {
  return KEY.test(key) && !key.includes('..') && !key.includes('//')
}

/** Files on the local disk under `root`; keys never escape it. */
export function createLocalStorage(root: string): MediaStorage {
  const base = path.resolve(root)
  const fileFor = (key: string) => {
    if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${key}`)
    return path.join(base, key)
  }
  return {
    async put(key, data) {
      const file = fileFor(key)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, data)
    },
    async read(key) {
      if (!isValidStorageKey(key)) return null
      try {
        return await fs.readFile(fileFor(key))
      } catch {
        return null
      }
    },
    async remove(key) {
      await fs.rm(fileFor(key), { force: true })
    },
  }
}

export const contentTypeFor = (key: string) =>
  ({ jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' })[key.split('.').pop() ?? ''] ?? 'application/octet-stream'
