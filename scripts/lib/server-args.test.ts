import { describe, expect, it, vi } from 'vitest'
import { serverNodeArgs } from './server-args'

describe('serverNodeArgs', () => {
  it('caps the old space at 256 MB unless told otherwise, and lets it grow by half past what survived a collection', () => {
    expect(serverNodeArgs({})).toEqual(['--max-old-space-size=256', '--heap-growing-percent=50'])
    expect(serverNodeArgs({ SERVER_HEAP_MB: '' })).toEqual(['--max-old-space-size=256', '--heap-growing-percent=50'])
    expect(serverNodeArgs({ SERVER_HEAP_MB: '512' })).toEqual(['--max-old-space-size=512', '--heap-growing-percent=50'])
    // From 1 GB V8's own growth (1.6, rising to 4 at 2 GB) is already more than 1.5.
    expect(serverNodeArgs({ SERVER_HEAP_MB: '1024' })).toEqual(['--max-old-space-size=1024'])
  })
  it('leaves V8 its own limit only when asked with 0', () => {
    expect(serverNodeArgs({ SERVER_HEAP_MB: '0' })).toEqual([])
  })
  it('keeps the cap, and says so, for a value that is not a sensible number of megabytes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const value of ['lots', '256MB', '8', '256; rm -rf /']) expect(serverNodeArgs({ SERVER_HEAP_MB: value })).toEqual(['--max-old-space-size=256', '--heap-growing-percent=50'])
    expect(warn).toHaveBeenCalledTimes(4)
    warn.mockRestore()
  })
})
