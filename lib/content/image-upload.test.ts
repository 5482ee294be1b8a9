import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { MAX_EDGE, processUpload, sniffImage, storageKeyFor, UploadRefused } from './image-upload'

const jpegWithGps = () =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: '#c00' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
    .toBuffer()

/** True when an EXIF block points at a GPS IFD (tag 0x8825, either byte order). */
const hasGps = (exif: Buffer | undefined) => Boolean(exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]))))

describe('image uploads', () => {
  it('know a file by its bytes', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 4, background: '#fff' } }).png().toBuffer()
    expect(sniffImage(png)).toBe('png')
    expect(sniffImage(Buffer.from('just text, named photo.png'))).toBeNull()
  })

  it('refuse empty, oversized, SVG and disguised files with a clear message', async () => {
    await expect(processUpload(new Uint8Array())).rejects.toThrow(/empty/)
    await expect(processUpload(new Uint8Array(20 * 1024 * 1024 + 1))).rejects.toThrow(/limit is 20 MB/)
    await expect(processUpload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).rejects.toThrow(/SVG/)
    await expect(processUpload(Buffer.from('hello, I am a text file'))).rejects.toThrow(/not a JPEG, PNG, WebP or GIF/)
    // Right magic bytes, rubbish after them.
    await expect(processUpload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]))).rejects.toBeInstanceOf(UploadRefused)
  })

  it('strip EXIF and GPS, turning the picture upright first', async () => {
    const original = await jpegWithGps()
    expect(hasGps((await sharp(original).metadata()).exif)).toBe(true)
    const out = await processUpload(original)
    const meta = await sharp(out.data).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.orientation).toBeUndefined()
    // Orientation 6 means "rotate 90°": the stored image is upright, so portrait.
    expect([out.width, out.height]).toEqual([32, 64])
    expect(storageKeyFor(out)).toMatch(/^library\/[0-9a-f]{2}\/[0-9a-f]{32}\.jpg$/)
  })

  it('size large pictures down for responsive delivery', async () => {
    const big = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#036' } }).png().toBuffer()
    const out = await processUpload(big)
    expect(out.width).toBe(MAX_EDGE)
    expect(out.height).toBe(600)
    expect(out.kind).toBe('png')
  })
})
