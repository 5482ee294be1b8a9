import { describe, expect, it } from 'vitest'
import { settingsSchema } from './settings'

const valid = {
  siteName: 'Broadside',
  tagline: 'News for the movement.',
  beforeYouGoHeading: 'Before you go',
  beforeYouGoText: 'Join us.',
  beforeYouGoLinkText: 'Join',
  beforeYouGoLinkUrl: '/join',
  duesText: '',
  feedFullText: 'on',
}

describe('settings form', () => {
  it('answers every over-long field in its own words, never the validator\'s', () => {
    const long = Object.fromEntries(Object.keys(valid).filter((k) => k !== 'feedFullText').map((k) => [k, k === 'beforeYouGoLinkUrl' ? `/${'x'.repeat(400)}` : 'x'.repeat(2000)]))
    const result = settingsSchema.safeParse({ ...valid, ...long })
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(messages).toHaveLength(7)
    for (const message of messages) expect(message).toMatch(/: Keep the .+ under [\d,]+ characters\.$/)
  })
  it('accepts a valid form', () => {
    expect(settingsSchema.safeParse(valid).success).toBe(true)
  })
})
