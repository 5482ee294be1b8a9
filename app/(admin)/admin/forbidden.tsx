
export default function DashboardForbidden() {
  return (
    <div className="max-w-prose py-8">
      <p className="text-sm font-bold tracking-wide text-accent uppercase">Error 403</p>
      <h1 className="mt-2 text-2xl font-bold">This part of the dashboard is not open to your role</h1>
      <p className="mt-3">It may be another writer’s piece, or a part of the dashboard kept for other roles. If you need it for your work, ask an editor or an administrator.</p>
      <a href="/admin" className="mt-4 inline-block font-semibold underline">
        Back to articles
      </a>
    </div>
  )
}
