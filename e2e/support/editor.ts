// Helpers for driving the article editor and making test images at test time (no committed binaries).
import { expect, type Locator, type Page } from '@playwright/test'
import sharp from 'sharp'

/** A real JPEG with a coloured gradient, optionally carrying EXIF with GPS coordinates. */
export async function makeJpeg({ width = 1200, height = 800, hue = 200, gps = false } = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue} 60% 30%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360} 60% 60%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="hsl(${hue} 80% 80%)"/></svg>`
  const image = sharp(Buffer.from(svg)).jpeg({ quality: 85 })
  if (!gps) return image.toBuffer()
  return image
    .withExif({
      IFD0: { Make: 'Broadside Test Camera', Model: 'E2E' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2600/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3900/100' },
    })
    .toBuffer()
}

/** True when an EXIF block points at a GPS IFD (tag 0x8825, either byte order). */
export const exifHasGps = (exif: Buffer | undefined) => Boolean(exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]))))

export type UploadFields = { name: string; buffer: Buffer; mimeType?: string; alt?: string; caption?: string; credit?: string; source?: string; licence?: string }

/** Fills and sends an upload form (in the library page or the editor's picker). */
export async function uploadThrough(form: Locator, file: UploadFields) {
  await form.getByLabel(/^Image file/).setInputFiles({ name: file.name, mimeType: file.mimeType ?? 'image/jpeg', buffer: file.buffer })
  if (file.alt) await form.getByLabel(/^Alt text/).fill(file.alt)
  if (file.caption) await form.getByLabel('Caption', { exact: true }).fill(file.caption)
  if (file.credit) await form.getByLabel(/^Credit/).fill(file.credit)
  if (file.source) await form.getByLabel(/^Source/).fill(file.source)
  if (file.licence) await form.getByLabel('Licence', { exact: true }).selectOption({ label: file.licence })
  await form.getByRole('button', { name: 'Upload' }).click()
}

export const bodyEditor = (page: Page) => page.getByRole('textbox', { name: 'Body', exact: true })

export async function toolbar(page: Page, label: string) {
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: label, exact: true }).click()
}

/** Saves with the keyboard shortcut and waits for the editor to say so. */
export async function saveWithShortcut(page: Page) {
  await page.keyboard.press('ControlOrMeta+s')
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /Saved\.|Draft created/ })).toBeVisible()
}
