import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, isUkPostcode, joinSchema, normalisePostcode, poundsToPence, type JoinValues } from './member'

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

  it('normalises what it stores', () => {
    const result = joinSchema(tiers).parse(valid)
    expect(result).toMatchObject({ name: 'Rosa Luxemburg', email: 'rosa@example.org', postcode: 'SW1A 1AA', tierId: 'std', amountPence: 500, from: 'a-piece' })
  })

  it('says what is wrong with each field', () => {
    const result = joinSchema(tiers).safeParse({ ...valid, name: ' ', email: 'nope', postcode: 'xyz', consent: false })
    expect(result.success).toBe(false)
    const errors = fieldErrorsOf(result.error!)
    expect(errors.name?.[0]).toMatch(/full name/)
    expect(errors.email?.[0]).toMatch(/email address like/)
    expect(errors.postcode?.[0]).toMatch(/UK postcode/)
    expect(errors.consent?.[0]).toMatch(/privacy notice/)
  })

  it('holds a pay-what-you-can amount to the minimum', () => {
    const low = joinSchema(tiers).safeParse({ ...valid, tier: 'pwyc', amount: '0.50' })
    expect(fieldErrorsOf(low.error!).amount?.[0]).toBe('The minimum for Pay what you can is £1 a month.')
    expect(joinSchema(tiers).parse({ ...valid, tier: 'pwyc', amount: '£2.50' }).amountPence).toBe(250)
  })

  it('refuses an unknown tier and a tracking slug that is not a slug', () => {
    expect(fieldErrorsOf(joinSchema(tiers).safeParse({ ...valid, tier: 'gold' }).error!).tier).toBeTruthy()
    expect(joinSchema(tiers).parse({ ...valid, from: '../../etc' }).from).toBe('')
  })
})
