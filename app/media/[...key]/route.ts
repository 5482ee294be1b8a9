import { mediaStorage } from '@/lib/media-storage'
import { contentTypeFor } from '@/lib/storage'

// Uploaded images. Keys are content-addressed, so a response never changes: cache it for a year.
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>) {
  const { key } = await params
  const storageKey = key.join('/')
  const data = await mediaStorage.read(storageKey)
  if (!data) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': contentTypeFor(storageKey),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}
