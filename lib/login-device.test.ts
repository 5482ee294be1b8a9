import { describe, expect, it } from 'vitest'
import { createSigner } from './signing'
import { DEVICE_COOKIE, deviceCookieValue, knownDevice } from './login-device'

const signer = createSigner('a-test-secret-of-enough-length')

describe('login device cookies', () => {
  it('recognise a browser only for the account its cookie was issued to', () => {
    const value = deviceCookieValue(signer, 'Writer@Broadside.test')
    const header = `other=1; ${DEVICE_COOKIE}=${value}; more=2`
    expect(knownDevice(signer, header, 'writer@broadside.test')).toBe(value.split('.')[0])
    expect(knownDevice(signer, header, ' WRITER@broadside.test ')).toBe(value.split('.')[0])
    expect(knownDevice(signer, header, 'editor@broadside.test')).toBeNull()
  })
  it('ignore a forged, altered or missing cookie, and one signed with another secret', () => {
    const value = deviceCookieValue(signer, 'writer@broadside.test')
    const [nonce, signature] = value.split('.') as [string, string]
    expect(knownDevice(signer, null, 'writer@broadside.test')).toBeNull()
    expect(knownDevice(signer, `${DEVICE_COOKIE}=${nonce}.${signature.slice(1)}x`, 'writer@broadside.test')).toBeNull()
    expect(knownDevice(signer, `${DEVICE_COOKIE}=${'A'.repeat(16)}.${signature}`, 'writer@broadside.test')).toBeNull()
    expect(knownDevice(signer, `${DEVICE_COOKIE}=${value}.extra`, 'writer@broadside.test')).toBeNull()
    const other = createSigner('another-secret-of-enough-length')
    expect(knownDevice(other, `${DEVICE_COOKIE}=${value}`, 'writer@broadside.test')).toBeNull()
  })
})
