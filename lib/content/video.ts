// YouTube and Vimeo URLs → the provider and id the renderer embeds through privacy-enhanced hosts.
export type VideoRef = { provider: 'youtube' | 'vimeo'; videoId: string }

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/
const VIMEO_ID = /^\d{1,15}$/

export function isValidVideoRef<T extends { provider?: unknown; videoId?: unknown }>(ref: T): ref is T & VideoRef {
  if (typeof ref.videoId !== 'string') return false
  if (ref.provider === 'youtube') return YOUTUBE_ID.test(ref.videoId)
  if (ref.provider === 'vimeo') return VIMEO_ID.test(ref.videoId)
  return false
}

/** Reads a pasted YouTube or Vimeo link; null for anything else. */
export function parseVideoUrl(input: string): VideoRef | null {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '')
  const parts = url.pathname.split('/').filter(Boolean)
  let ref: VideoRef | null = null
  if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'music.youtube.com') {
    if (parts[0] === 'watch') ref = { provider: 'youtube', videoId: url.searchParams.get('v') ?? '' }
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) ref = { provider: 'youtube', videoId: parts[1] ?? '' }
  } else if (host === 'youtu.be') {
    ref = { provider: 'youtube', videoId: parts[0] ?? '' }
  } else if (host === 'vimeo.com') {
    const id = parts.find((p) => /^\d+$/.test(p))
    ref = id ? { provider: 'vimeo', videoId: id } : null
  } else if (host === 'player.vimeo.com' && parts[0] === 'video') {
    ref = { provider: 'vimeo', videoId: parts[1] ?? '' }
  }
  return ref && isValidVideoRef(ref) ? ref : null
}
