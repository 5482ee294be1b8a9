import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Not found' }

export default function AdminNotFound() {
  return (
    <div className="py-12">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">
        This item does not exist, or it was deleted. <a href="/admin" className="underline">Back to the dashboard</a>
      </p>
    </div>
  )
}
