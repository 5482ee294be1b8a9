import type { Prisma } from '@/lib/generated/prisma/client'
import type { ArticleOwnership } from '@/lib/permissions'

/** What the permission rules need to know of an article (lib/permissions.ts), and what its cache tags are made from. */
export const ownershipSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  createdById: true,
  sectionId: true,
  authors: { select: { authorId: true, author: { select: { userId: true } } } },
  tags: { select: { tagId: true } },
} satisfies Prisma.ArticleSelect

export type OwnershipRow = Prisma.ArticleGetPayload<{ select: typeof ownershipSelect }>

export const toOwnership = (row: OwnershipRow): ArticleOwnership => ({
  createdById: row.createdById,
  status: row.status,
  authorUserIds: row.authors.map((a) => a.author.userId).filter((id): id is string => Boolean(id)),
})
