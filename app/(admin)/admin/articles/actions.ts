'use server'

import { redirect } from 'next/navigation'
import * as articles from '@/lib/data/article-editing'
import { expireTags } from '@/lib/cache'
import { ForbiddenError, NotFoundError, NotSignedInError, errorToFormState, type FormState } from '@/lib/errors'
import { articleInputSchema, readArticleForm } from '@/lib/validation/article'

// Server actions are public HTTP endpoints: each one parses its input and
// leaves every permission check to lib/data, which re-checks the session.

export async function saveArticle(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readArticleForm(formData)
  const parsed = articleInputSchema.safeParse(values)
  if (!parsed.success) {
    return { ok: false, message: 'Check the highlighted fields.', fieldErrors: parsed.error.flatten().fieldErrors, values }
  }
  const id = String(formData.get('id') ?? '')
  let createdId: string | null = null
  try {
    if (id) {
      const version = Number(formData.get('version'))
      const result = await articles.updateArticle(id, version, parsed.data)
      expireTags(result.invalidate)
      return { ok: true, message: 'Saved.', values: { ...values, version: result.version } }
    }
    createdId = (await articles.createArticle(parsed.data)).id
  } catch (error) {
    return errorToFormState(error, values)
  }
  redirect(`/admin/articles/${createdId}?notice=created`)
}

async function changeStatus(formData: FormData, change: (id: string) => ReturnType<typeof articles.publishArticle>, notice: string) {
  const id = String(formData.get('articleId') ?? '')
  let outcome = notice
  try {
    const result = await change(id)
    expireTags(result.invalidate)
  } catch (error) {
    if (error instanceof NotSignedInError) redirect('/login')
    outcome = error instanceof ForbiddenError ? 'forbidden' : error instanceof NotFoundError ? 'missing' : 'failed'
    if (outcome === 'failed') console.error('[action] status change failed', { id, error })
  }
  redirect(`/admin/articles/${encodeURIComponent(id)}?notice=${outcome}`)
}

export async function publishArticle(formData: FormData) {
  await changeStatus(formData, articles.publishArticle, 'published')
}

export async function unpublishArticle(formData: FormData) {
  await changeStatus(formData, articles.unpublishArticle, 'unpublished')
}
