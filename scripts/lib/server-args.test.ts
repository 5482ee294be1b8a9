import { describe, expect, it } from 'vitest'
import { serverNodeArgs } from './server-args'

describe('serverNodeArgs', () => {
  it('caps the old space at 256 MB unless told otherwise', () => {
    expect(serverNodeArgs({})).toEqual(['--max-old-space-size=256'])
    expect(serverNodeArgs({ SERVER_HEAP_MB: '1024' })).toEqual(['--max-old-space-size=1024'])
  })
  it('ignores a value that is not a sensible number of megabytes', () => {
    expect(serverNodeArgs({ SERVER_HEAP_MB: 'lots' })).toEqual([])
    expect(serverNodeArgs({ SERVER_HEAP_MB: '8' })).toEqual([])
    expect(serverNodeArgs({ SERVER_HEAP_MB: '256; rm -rf /' })).toEqual([])
  })
})
