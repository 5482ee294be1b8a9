import { FooterNewsletterForm } from '@/components/membership/newsletter-form'

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer role="contentinfo" className="mt-16 border-t-4 border-ink bg-panel">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-black">{siteName}</p>
          <p className="mt-2 text-muted">Independent journalism, funded by its readers.</p>
          <FooterNewsletterForm />
        </div>
        <nav aria-label="Support us">
          <ul className="space-y-2">
            <li>
              <a href="/join" className="font-semibold underline">
                Become a member
              </a>
            </li>
            <li>
              <a href="/newsletter" className="underline">
                Get the newsletter
              </a>
            </li>
          </ul>
        </nav>
        <nav aria-label="Site">
          <ul className="space-y-2">
            <li>
              <a href="/search" className="underline">
                Search the archive
              </a>
            </li>
            <li>
              <a href="/feed.xml" className="underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/login" className="underline">
                Staff sign-in
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
