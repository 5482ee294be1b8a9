import 'server-only'
import argon2 from 'argon2'

// Argon2id with the library's defaults (64 MiB, 3 passes): slow for attackers, ~50 ms here.
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id })

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}

// Verifying against a real hash even for unknown emails keeps response times alike.
let dummyHash: Promise<string> | undefined
export const dummyVerify = async (password: string) => {
  dummyHash ??= hashPassword('not-a-real-password-for-timing')
  await verifyPassword(await dummyHash, password)
  return false
}
