
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

export function InvalidLink() {
  return (
    <NoticePage title="This link isn't valid">
      <p>We could not match this link to anyone. It may have been copied incompletely, or the details it refers to have already been deleted.</p>
      <NoticeLink href="/">Go to the front page</NoticeLink>
    </NoticePage>
  )
}
