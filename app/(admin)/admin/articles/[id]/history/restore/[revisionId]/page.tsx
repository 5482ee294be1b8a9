import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { LabelledSection } from '@/components/admin/labelled-section'
import { RevisionDiff, revisionReasons } from '@/components/admin/revision-diff'
import { SettingsChanges } from '@/components/admin/settings-changes'
import { statusLabel } from '@/components/admin/status-badge'
import { planRevisionRestore } from '@/lib/data/article-editing'
import { formatDate, formatDateTime } from '@/lib/format'
import { refusalToPage } from '@/lib/page-refusal'
import { restoreRevision } from '../../../../actions'

export const metadata: Metadata = { title: 'Restore a revision' }

const notices = {
  changed: {
    text: 'Nothing was restored: the piece was saved, published or unpublished after you opened this page. Below is what a restore would do now; confirm again if it is still what you want.',
    ok: false,
  },
}

type Image = { alt: string; credit: string } | null
const describe = (image: NonNullable<Image>) => `${image.alt ? `“${image.alt}”` : 'an image with no description'}${image.credit ? ` (credit: ${image.credit})` : ''}`

/**
 * What restoring a revision will do, and the button that does it. A plain page and form, so it
 * asks the same with or without JavaScript; nothing changes until the editor confirms.
 */
export default async function RestoreRevisionPage({ params, searchParams }: PageProps<'/admin/articles/[id]/history/restore/[revisionId]'>) {
  const [{ id, revisionId }, query] = await Promise.all([params, searchParams])
  const { article, revision, changes, settings, correction, hero } = await planRevisionRestore(id, revisionId).catch(refusalToPage)
  const live = article.status === 'PUBLISHED'
  const history = `/admin/articles/${id}/history`
  const heroChanges = (hero.current?.id ?? null) !== (hero.revision?.id ?? null)

  return (
    <>
      <p className="text-sm">
        <a href={history} className="underline">
          Back to the history
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Restore this revision?</h1>
      <p className="mt-1 text-sm text-muted">
        {revisionReasons[revision.reason] ?? revision.reason} (version {revision.version}) by {revision.by}, {formatDateTime(revision.createdAt)}, of “{article.headline}”.
      </p>
      <Notice code={query.notice} notices={notices} />
      {live ? (
        <p role="note" className="mt-4 border-l-4 border-accent bg-panel p-3">
          <strong>This piece is live: readers will see the restored version at once.</strong> Restoring replaces the published headline, standfirst and body as
          soon as you press the button below; there is no further step to review or save it first.
        </p>
      ) : (
        <p role="note" className="mt-4 border-l-4 border-ink bg-panel p-3">
          <strong>This piece is not live ({statusLabel[article.status].toLowerCase()}).</strong> Restoring changes it for the editors only; readers see nothing
          until it is published.
        </p>
      )}

      <LabelledSection heading="What the restore changes" className="mt-6 space-y-4 rounded-sm border border-rule p-4" headingClassName="text-lg font-bold">
        <p className="text-sm text-muted">From the piece as it is now to the revision: struck-through words go, marked words come back.</p>
        <RevisionDiff parts={changes.headline} label="Headline" />
        <RevisionDiff parts={changes.standfirst} label="Standfirst" />
        <RevisionDiff parts={changes.body} label="Body" />
      </LabelledSection>

      <LabelledSection heading="What else happens" className="mt-6 space-y-2 rounded-sm border border-rule p-4" headingClassName="text-lg font-bold">
        <ul className="list-disc space-y-2 pl-5">
          <li>
            {correction.text ? (
              correction.kept ? (
                <>
                  The correction notice stays as it is now{correction.at ? `, dated ${formatDate(correction.at)}` : ''}: “{correction.text}” A correction is a
                  public record, so a restore never takes one away.
                </>
              ) : (
                <>
                  The revision’s correction notice comes back{correction.at ? `, dated ${formatDate(correction.at)}` : ''}: “{correction.text}”
                </>
              )
            ) : (
              'There is no correction notice now, and the restore adds none.'
            )}
          </li>
          {settings.length ? (
            <li>
              These settings go back to how they were in this revision:
              <SettingsChanges changes={settings} className="mt-2" />
            </li>
          ) : (
            <li>The section, byline, tags, search and social fields and the “Before you go” box are the same in this revision, and stay as they are.</li>
          )}
          <li>The address stays as it is now.</li>
          <li>The restore is saved as a new revision, so the piece as it is now can be restored in turn.</li>
        </ul>
      </LabelledSection>

      <form action={restoreRevision} className="mt-6 space-y-4" aria-label="Confirm the restore">
        <input type="hidden" name="articleId" value={article.id} />
        <input type="hidden" name="revisionId" value={revision.id} />
        {/* What this page showed: if the piece changes before the button is pressed, the editor is asked again. */}
        <input type="hidden" name="version" value={article.version} />
        <input type="hidden" name="status" value={article.status} />
        <input type="hidden" name="confirm" value="yes" />
        {heroChanges ? (
          <fieldset className="rounded-sm border border-rule p-4">
            <legend className="px-1 font-semibold">Hero image</legend>
            <label className="flex items-start gap-2">
              <input type="checkbox" name="keepHero" defaultChecked className="mt-1 h-4 w-4" />
              <span>{hero.current ? `Keep the current hero image, ${describe(hero.current)}` : 'Keep the piece without a hero image, as it is now'}</span>
            </label>
            <p className="mt-2 text-sm text-muted">
              Untick this to {hero.revision ? `bring back the revision’s hero image, ${describe(hero.revision)}` : 'remove the hero image, as the revision had none'}.
            </p>
          </fieldset>
        ) : (
          <p>The hero image stays as it is{hero.current ? `: ${describe(hero.current)}` : ' (there is none)'}.</p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button className="rounded-sm bg-accent px-4 py-2 font-semibold text-accent-ink">{live ? 'Restore it on the live site now' : 'Restore this revision'}</button>
          <a href={history} className="underline">
            Cancel
          </a>
        </div>
      </form>
    </>
  )
}
