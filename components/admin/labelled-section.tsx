'use client'

import { useId } from 'react'

/**
 * A section named by its heading (aria-labelledby). A client component only for useId: Next keeps
 * recently visited pages mounted (hidden), so an id the server wrote would be on every copy.
 */
export function LabelledSection({
  heading,
  level = 2,
  className,
  headingClassName,
  children,
}: {
  heading: React.ReactNode
  level?: 1 | 2 | 3
  className?: string
  headingClassName?: string
  children: React.ReactNode
}) {
  const id = useId()
  const Heading = `h${level}` as const
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} className={headingClassName}>
        {heading}
      </Heading>
      {children}
    </section>
  )
}
