import { describe, expect, it } from 'vitest'
import { pageHref, pageWindow, parsePageParam } from './pagination'

describe('parsePageParam', () => {
  it('reads a missing value as page 1 and plain numbers as themselves', () => {
    expect(parsePageParam(undefined)).toBe(1)
    expect(parsePageParam('1')).toBe(1)
    expect(parsePageParam('27')).toBe(27)
    expect(parsePageParam(['3'])).toBe(3)
  })

  it('refuses anything that is not exactly one canonical page number', () => {
    for (const bad of ['', '0', '-1', '01', '1.5', '2abc', 'abc', ' 2', '1e3', '99999999999', '10001']) {
      expect(parsePageParam(bad), bad).toBeNull()
    }
    expect(parsePageParam(['2', '3'])).toBeNull()
  })
})

describe('pageWindow', () => {
  const render = (current: number, total: number) =>
    pageWindow(current, total)
      .map((l) => (l.kind === 'page' ? String(l.page) : '…'))
      .join(' ')

  it('shows nothing for a single page', () => {
    expect(pageWindow(1, 1)).toEqual([])
  })

  it('lists every page when there are few', () => {
    expect(render(1, 5)).toBe('1 2 3 4 5')
    expect(render(4, 7)).toBe('1 2 3 4 5 6 7')
  })

  it('keeps the first, the last and a window around the current page', () => {
    expect(render(1, 5000)).toBe('1 2 3 … 5000')
    expect(render(2500, 5000)).toBe('1 … 2498 2499 2500 2501 2502 … 5000')
    expect(render(5000, 5000)).toBe('1 … 4998 4999 5000')
  })

  it('fills a gap of one page with that page rather than an ellipsis', () => {
    expect(render(5, 10)).toBe('1 2 3 4 5 6 7 … 10')
  })

  it('stays small however many pages there are', () => {
    for (const current of [1, 3, 50, 9_998, 10_000]) expect(pageWindow(current, 10_000).length).toBeLessThanOrEqual(9)
  })
})

describe('pageHref', () => {
  it('gives page 1 its bare URL and keeps other query values', () => {
    expect(pageHref('/tag/nhs', 1)).toBe('/tag/nhs')
    expect(pageHref('/tag/nhs', 3)).toBe('/tag/nhs?page=3')
    expect(pageHref('/search', 2, { q: 'rent & strike' })).toBe('/search?q=rent+%26+strike&page=2')
  })
})
