import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, isUkPostcode, newsletterSchema, normalisePostcode, parseJoinForm, poundsToPence, readJoinForm, readNewsletterForm, tierInputSchema, type JoinValues } from './member'

describe('UK postcodes', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    ['  m1  1ae ', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['cr26xh', 'CR2 6XH'],
    ['dn551pt', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['gir0aa', 'GIR 0AA'],
  ])('accepts %j as %j', (input, normalised) => {
    expect(normalisePostcode(input)).toBe(normalised)
    expect(isUkPostcode(input)).toBe(true)
  })

  it.each(['', 'SW1A', '12345', 'SW1A 1A', 'Q1 1AA', 'SW1A 1AAA', 'M1 1CA', 'AA1A 1AA1', 'not a postcode', '<b>M1 1AE</b>'])('refuses %j', (input) => {
    expect(isUkPostcode(input)).toBe(false)
  })
})

describe('amounts in pounds', () => {
  it.each([
    ['3', 300],
    ['3.5', 350],
    ['£3.50', 350],
    [' 12.05 ', 1205],
  ])('reads %j as %d pence', (input, pence) => expect(poundsToPence(input)).toBe(pence))
  it.each(['', '-3', '3.505', 'three', '1e3', '3,50'])('refuses %j', (input) => expect(poundsToPence(input)).toBeNull())
})

describe('the join form', () => {
  const tiers = [
    { id: 'std', name: 'Standard', monthlyPence: 500, payWhatYouCan: false, minimumPence: 0 },
    { id: 'pwyc', name: 'Pay what you can', monthlyPence: 300, payWhatYouCan: true, minimumPence: 100 },
  ]
  const valid: JoinValues = {
    name: '  Rosa   Luxemburg ',
    email: ' Rosa@Example.ORG ',
    postcode: 'sw1a1aa',
    tier: 'std',
    amount: '',
    newsletter: false,
    consent: true,
    from: 'a-piece',
    utmSource: 'mastodon',
    utmMedium: '',
    utmCampaign: '',
  }

  const parse = (values: JoinValues) => parseJoinForm(values, tiers)
  const errors = (values: JoinValues) => {
    const result = parse(values)
    if (result.success) throw new Error('expected errors')
    return result.fieldErrors
  }
  const data = (values: JoinValues) => {
    const result = parse(values)
    if (!result.success) throw new Error(JSON.stringify(result.fieldErrors))
    return result.data
  }

  it('normalises what it stores', () => {
    expect(data(valid)).toMatchObject({ name: 'Rosa Luxemburg', email: 'rosa@example.org', postcode: 'SW1A 1AA', tierId: 'std', amountPence: 500, from: 'a-piece' })
  })

  it('says what is wrong with every field at once, in the order of the form', () => {
    const e = errors({ ...valid, name: ' ', email: 'nope', postcode: 'xyz', consent: false, tier: 'pwyc', amount: '0.10' })
    expect(Object.keys(e)).toEqual(['amount', 'name', 'email', 'postcode', 'consent'])
    expect(e.name?.[0]).toMatch(/full name/)
    expect(e.email?.[0]).toMatch(/email address like/)
    expect(e.postcode?.[0]).toMatch(/UK postcode/)
    expect(e.consent?.[0]).toMatch(/privacy notice/)
    expect(e.amount?.[0]).toMatch(/minimum/)
  })

  it('holds a pay-what-you-can amount to the minimum', () => {
    expect(errors({ ...valid, tier: 'pwyc', amount: '0.50' }).amount?.[0]).toBe('The minimum for Pay what you can is £1 a month.')
    expect(data({ ...valid, tier: 'pwyc', amount: '£2.50' }).amountPence).toBe(250)
    expect(data({ ...valid, tier: 'std', amount: '0.01' }).amountPence).toBe(500)
  })

  it('refuses an unknown tier and a tracking slug that is not a slug', () => {
    expect(errors({ ...valid, tier: 'gold' }).tier).toEqual(['Choose a membership tier.'])
    expect(data({ ...valid, from: '../../etc' }).from).toBe('')
  })

  // What the form posts, read as /join/submit reads it (each field capped) and then checked.
  const posted = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [k, v] of Object.entries({ name: 'Rosa Luxemburg', email: 'rosa@example.org', postcode: 'SW1A 1AA', tier: 'std', consent: 'on', ...fields })) form.set(k, v)
    return form
  }
  const postedErrors = (fields: Record<string, string>) => errors(readJoinForm(posted(fields)))

  it('says in its own words when a field is far too long, never in zod’s', () => {
    expect(postedErrors({ name: 'R'.repeat(101) }).name).toEqual(['Keep your name under 100 characters.'])
    expect(postedErrors({ name: 'Rosa '.repeat(200) }).name).toEqual(['Keep your name under 100 characters.'])
    expect(postedErrors({ email: `${'r'.repeat(300)}@example.org` }).email).toEqual(['That email address is too long.'])
    expect(postedErrors({ postcode: 'SW1A 1AA'.repeat(20) }).postcode).toEqual(['Enter a UK postcode, like SW1A 1AA.'])
    expect(postedErrors({ tier: 'x'.repeat(500) }).tier).toEqual(['Choose a membership tier.'])
    expect(postedErrors({ tier: 'pwyc', amount: '9'.repeat(50) }).amount?.[0]).toMatch(/^Enter a monthly amount in pounds/)
    expect(data(readJoinForm(posted({ from: 'a'.repeat(500), utm_source: 's'.repeat(500) })))).toMatchObject({ from: 'a'.repeat(200), utmSource: 's'.repeat(100) })
    // Everything wrong at once: every message is one of ours.
    const all = postedErrors({ name: 'R'.repeat(300), email: 'e'.repeat(400), postcode: 'p'.repeat(100), consent: '' })
    expect(Object.keys(all)).toEqual(['name', 'email', 'postcode', 'consent'])
    for (const message of Object.values(all).flat()) expect(message).not.toMatch(ZOD_WORDING)
  })
})

/** How zod words its own messages ("Too big: expected string to have <=100 characters"). */
const ZOD_WORDING = /too (big|small)|expected|invalid input|[<>]=/i

describe('the newsletter form', () => {
  const check = (email: string) => {
    const form = new FormData()
    form.set('email', email)
    const result = newsletterSchema.safeParse(readNewsletterForm(form))
    return result.success ? {} : fieldErrorsOf(result.error)
  }

  it('says in its own words what is wrong with the address', () => {
    expect(check(`${'r'.repeat(400)}@example.org`).email).toEqual(['That email address is too long.'])
    expect(check('').email).toEqual(['Enter your email address.'])
    expect(check('not an address').email).toEqual(['Enter an email address like name@example.org.'])
    expect(check('rosa@example.org')).toEqual({})
  })
})

describe('a membership tier (administrators)', () => {
  it('says in its own words when the name is too long', () => {
    const result = tierInputSchema.safeParse({ name: 'T'.repeat(61), description: '', monthly: '5', payWhatYouCan: false, minimum: '', recommended: false, active: true, position: '0' })
    expect(result.success).toBe(false)
    expect(fieldErrorsOf(result.error!).name).toEqual(['Keep the name under 60 characters.'])
  })
})
