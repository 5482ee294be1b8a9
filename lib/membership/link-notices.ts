// What a membership link that leads nowhere says: the same words whether the page says it
// (components/membership/notice-page.tsx, app/(site)/membership/confirm) or proxy.ts does,
// with a real 404, before the page renders (lib/membership/link-check.ts).

export type LinkNotice = { title: string; text: string; link: { href: string; label: string } }

/** An unsubscribe or delete-my-data link that is not signed for anyone we hold. */
export const invalidMemberLink: LinkNotice = {
  title: "This link isn't valid",
  text: 'We could not match this link to anyone. It may have been copied incompletely, or the details it refers to have already been deleted.',
  link: { href: '/', label: 'Go to the front page' },
}

/** A confirmation link whose token we never issued. */
export const unknownConfirmationLink: LinkNotice = {
  title: "We don't recognise this link",
  text: 'This confirmation link is not valid. It may have been copied incompletely from the email: try pressing the button in the email instead.',
  link: { href: '/join', label: 'Go to the join page' },
}
