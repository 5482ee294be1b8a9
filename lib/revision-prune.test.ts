import { describe, expect, it } from 'vitest'
import { planRevisionPrune, type PrunableRevision } from './revision-prune'

const now = new Date('2026-11-28T12:00:00Z')
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000)
const rev = (id: string, age: number, reason = 'save', version = 1): PrunableRevision => ({ id, createdAt: daysAgo(age), reason, version })

describe('pruning revisions', () => {
  it('removes old saves and autosaves beyond the newest few', () => {
    const revisions = [rev('a', 1, 'save', 9), rev('b', 40, 'autosave', 8), rev('c', 50, 'save', 7), rev('d', 60, 'save', 6)]
    expect(planRevisionPrune(revisions, 9, { olderThanDays: 30, keepNewest: 2 }, now)).toEqual({ remove: ['c', 'd'], keep: ['a', 'b'] })
  })

  it('keeps everything newer than the cut-off', () => {
    const revisions = [rev('a', 1, 'save', 3), rev('b', 5, 'save', 2), rev('c', 10, 'save', 1)]
    expect(planRevisionPrune(revisions, 3, { olderThanDays: 30, keepNewest: 1 }, now).remove).toEqual([])
  })

  it('never removes a milestone: created, published, unpublished, restored, scheduled, submitted, sent back', () => {
    const milestones = ['create', 'publish', 'unpublish', 'restore', 'schedule', 'submit', 'return'].map((reason, i) => rev(reason, 100 + i, reason, 1))
    const plan = planRevisionPrune([rev('newest', 0, 'save', 2), ...milestones], 2, { olderThanDays: 1, keepNewest: 1 }, now)
    expect(plan.remove).toEqual([])
  })

  it('never removes the newest revision, even when asked to keep none', () => {
    const plan = planRevisionPrune([rev('old', 90, 'save', 1), rev('older', 99, 'save', 1)], 5, { olderThanDays: 1, keepNewest: 0 }, now)
    expect(plan).toEqual({ remove: ['older'], keep: ['old'] })
  })

  it('never removes a revision of the current version: the text the article holds now', () => {
    const revisions = [rev('newest', 1, 'publish', 4), rev('current', 80, 'save', 4), rev('stale', 90, 'save', 3)]
    expect(planRevisionPrune(revisions, 4, { olderThanDays: 30, keepNewest: 1 }, now).remove).toEqual(['stale'])
  })
})
