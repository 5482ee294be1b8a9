import { invalidMemberLink, type LinkNotice } from '@/lib/membership/link-notices'

// The frame of the short pages on the way through sign-up, unsubscribe and deletion.
export function NoticePage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl font-serif text-lg">
      <h1 className="font-serif text-4xl font-black">{title}</h1>
      <div className="mt-4 space-y-4">{children}</div>
    </div>
  )
}

/** The way on from a notice: one link, in its own paragraph. */
export function NoticeLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p>
      <a href={href} className="font-sans font-semibold underline">
        {children}
      </a>
    </p>
  )
}

export const buttonClass = 'rounded-sm bg-accent px-6 py-3 font-sans text-lg font-bold text-accent-ink hover:opacity-90'

/** A link that leads nowhere, in the words proxy.ts answers it with (lib/membership/link-notices.ts). */
export function LinkNoticePage({ notice }: { notice: LinkNotice }) {
  return (
    <NoticePage title={notice.title}>
      <p>{notice.text}</p>
      <NoticeLink href={notice.link.href}>{notice.link.label}</NoticeLink>
    </NoticePage>
  )
}

export function InvalidLink() {
  return <LinkNoticePage notice={invalidMemberLink} />
}
