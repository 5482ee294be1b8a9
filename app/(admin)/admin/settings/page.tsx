import type { Metadata } from 'next'
import { ActionForm, CheckboxField, SubmitButton, TextArea, TextField } from '@/components/ui/action-form'
import { requirePageAccess } from '@/lib/auth'
import { getSiteSettings } from '@/lib/data/settings'
import { canManageSettings } from '@/lib/permissions'
import { saveSettings } from './actions'

export const metadata: Metadata = { title: 'Settings' }

export default async function SettingsPage() {
  await requirePageAccess(canManageSettings)
  const s = await getSiteSettings()
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">Site settings</h1>
      <ActionForm action={saveSettings} className="mt-6 space-y-5">
        <TextField name="siteName" label="Site name" defaultValue={s.siteName} />
        <TextField name="tagline" label="Tagline" defaultValue={s.tagline} />
        <fieldset className="space-y-4 border border-rule p-4">
          <legend className="px-1 font-semibold">&ldquo;Before you go&rdquo; box</legend>
          <TextField name="beforeYouGoHeading" label="Heading" defaultValue={s.beforeYouGoHeading} />
          <TextArea name="beforeYouGoText" label="Text" defaultValue={s.beforeYouGoText} rows={4} />
          <TextField name="beforeYouGoLinkText" label="Button label" defaultValue={s.beforeYouGoLinkText} />
          <TextField name="beforeYouGoLinkUrl" label="Button link" defaultValue={s.beforeYouGoLinkUrl} hint="A path on this site, such as /join." />
        </fieldset>
        <TextArea name="duesText" label="How dues are set up (shown to new members)" defaultValue={s.duesText} rows={4} />
        <CheckboxField name="feedFullText" label="Feeds carry the full text of each piece (otherwise a summary)" defaultChecked={s.feedFullText} />
        <SubmitButton>Save settings</SubmitButton>
      </ActionForm>
    </div>
  )
}
