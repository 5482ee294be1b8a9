import { describe, expect, it } from 'vitest'
import { isUkPostcode, normalisePostcode, parseJoinForm, poundsToPence, type JoinValues } from './member'

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
})
