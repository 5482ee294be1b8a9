import 'server-only'
import { forbidden, notFound } from 'next/navigation'
import { ForbiddenError, NotFoundError } from '@/lib/errors'

/**
 * For a dashboard page's reads, as `.catch(refusalToPage)`: the data layer's refusals (a piece
 * that is someone else's, or gone) become the dashboard's 403 and 404 pages, rather than its
 * "could not be loaded" error page. Anything else is a real failure and still goes there.
 */
export function refusalToPage(error: unknown): never {
  if (error instanceof ForbiddenError) forbidden()
  if (error instanceof NotFoundError) notFound()
  throw error
}
