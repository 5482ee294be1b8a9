// Checks and re-encodes an uploaded image. The bytes decide what a file is, never its
// name or declared type; everything is re-encoded by sharp, which drops EXIF (and with
// it GPS location) and turns the pixels upright first.
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { FieldError } from '@/lib/errors'

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** Long edge of the stored original; next/image makes the smaller sizes from it. */
export const MAX_EDGE = 2400

export type ImageKind = 'jpg' | 'png' | 'webp' | 'gif'

export const mimeFor: Record<ImageKind, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' }

/** A refusal shown next to the file field. */
export class UploadRefused extends FieldError {
  constructor(message: string) {
    super('file', message)
  }
}

const startsWith = (bytes: Uint8Array, sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/** What the file's first bytes say it is; null for anything but JPEG, PNG, WebP or GIF. */
export function sniffImage(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  return null
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').trimStart().toLowerCase()
  return head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.includes('<!doctype svg')
}

export type ProcessedImage = { data: Buffer; kind: ImageKind; mimeType: string; width: number; height: number; bytes: number; hash: string }

/** Refuses anything that is not a real JPEG, PNG, WebP or GIF of at most 20 MB, and re-encodes the rest. */
export async function processUpload(bytes: Uint8Array): Promise<ProcessedImage> {
  if (bytes.byteLength === 0) throw new UploadRefused('That file is empty (0 bytes). Choose the image again.')
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new UploadRefused(`That file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. Export a smaller version and try again.`)
  }
  const kind = sniffImage(bytes)
  if (!kind) {
    if (looksLikeSvg(bytes)) throw new UploadRefused('SVG files are not accepted: they can carry scripts. Upload a JPEG, PNG, WebP or GIF instead.')
    throw new UploadRefused('That file is not a JPEG, PNG, WebP or GIF image (whatever its name says). Upload one of those.')
  }
  const animated = kind === 'gif' || kind === 'webp'
  try {
    // limitInputPixels guards against decompression bombs: a tiny file that decodes to gigapixels.
    const input = sharp(bytes, { limitInputPixels: 100_000_000, animated, failOn: 'error' })
    const meta = await input.metadata()
    const detected = meta.format === 'jpeg' ? 'jpg' : meta.format
    if (detected !== kind) throw new UploadRefused('That file is damaged or is not the image type it claims to be.')
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked to.
    let pipeline = input.rotate().resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    pipeline =
      kind === 'jpg'
        ? pipeline.jpeg({ quality: 84, mozjpeg: true })
        : kind === 'png'
          ? pipeline.png({ compressionLevel: 9 })
          : kind === 'webp'
            ? pipeline.webp({ quality: 84 })
            : pipeline.gif()
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
    const height = animated && meta.pages && meta.pages > 1 ? Math.round(info.height / meta.pages) : info.height
    return {
      data,
      kind,
      mimeType: mimeFor[kind],
      width: info.width,
      height: info.pageHeight ?? height,
      bytes: data.byteLength,
      hash: createHash('sha256').update(data).digest('hex'),
    }
  } catch (error) {
    if (error instanceof UploadRefused) throw error
    throw new UploadRefused('That image could not be read: it may be damaged or truncated. Try exporting it again.')
  }
}

/** Content-addressed: the same picture always gets the same key, and a key never changes meaning. */
export const storageKeyFor = (image: Pick<ProcessedImage, 'hash' | 'kind'>) => `library/${image.hash.slice(0, 2)}/${image.hash.slice(2, 34)}.${image.kind}`
