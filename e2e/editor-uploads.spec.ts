import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { query } from './support/db'
import { exifHasGps, makeJpeg, uploadThrough } from './support/editor'
import { signIn, staff, unique } from './support/staff'

const mediaCount = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "Media"`))[0]!.n)

test.describe('the media library', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, staff.writer)
    await page.goto('/admin/media')
  })

  test('refuses a disguised text file, an SVG with script, an oversized file and an empty file, keeping what was typed', async ({ page }) => {
    const form = page.getByRole('form', { name: 'Upload an image' })
    const before = await mediaCount()
    const refusals: { name: string; mimeType: string; buffer: Buffer; message: RegExp }[] = [
      { name: 'holiday.png', mimeType: 'image/png', buffer: Buffer.from('This is a plain text file wearing a .png name.\n'), message: /not a JPEG, PNG, WebP or GIF image/ },
      {
        name: 'logo.svg',
        mimeType: 'image/svg+xml',
        buffer: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>'),
        message: /SVG files are not accepted/,
      },
      // The same SVG pretending to be a PNG is still an SVG.
      { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), message: /SVG files are not accepted/ },
      { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(21 * 1024 * 1024)]), message: /21\.0 MB; the limit is 20 MB/ },
      { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0), message: /empty \(0 bytes\)/ },
    ]
    for (const file of refusals) {
      await uploadThrough(form, { ...file, alt: `Alt for ${file.name}`, credit: 'Kept Credit' })
      const error = form.locator('[id$="-file-error"]')
      await expect(error, file.name).toHaveText(file.message)
      await expect(form.getByLabel(/^Image file/)).toHaveAttribute('aria-invalid', 'true')
      // What was typed is still there.
      await expect(form.getByLabel(/^Alt text/)).toHaveValue(`Alt for ${file.name}`)
      await expect(form.getByLabel(/^Credit/)).toHaveValue('Kept Credit')
    }
    expect(await mediaCount()).toBe(before)
  })

  test('strips EXIF and GPS location from a real JPEG, stores it re-encoded and shows it in search', async ({ page }) => {
    const original = await makeJpeg({ width: 3000, height: 2000, hue: 120, gps: true })
    expect(exifHasGps((await sharp(original).metadata()).exif), 'the fixture carries GPS').toBe(true)
    const id = unique()
    const form = page.getByRole('form', { name: 'Upload an image' })
    await uploadThrough(form, { name: `march-${id}.jpg`, buffer: original, alt: `Marchers ${id}`, credit: 'S. Snapper', source: 'Own work', licence: 'CC BY-SA 4.0' })
    await expect(form.getByRole('status')).toContainText(`Uploaded “march-${id}.jpg” (2400×1600)`)

    const [row] = await query<{ storageKey: string; width: number; height: number; licenceName: string; licenceUrl: string; mimeType: string }>(
      `SELECT "storageKey", width, height, "licenceName", "licenceUrl", "mimeType" FROM "Media" WHERE "originalName" = $1`,
      [`march-${id}.jpg`],
    )
    expect(row).toMatchObject({ width: 2400, height: 1600, licenceName: 'CC BY-SA 4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', mimeType: 'image/jpeg' })
    expect(row!.storageKey).toMatch(/^library\/[0-9a-f]{2}\/[0-9a-f]{32}\.jpg$/)

    // Read the stored file back as a reader's browser would get it.
    const stored = await page.request.get(`/media/${row!.storageKey}`)
    expect(stored.status()).toBe(200)
    const meta = await sharp(await stored.body()).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(exifHasGps(meta.exif)).toBe(false)
    expect([meta.width, meta.height]).toEqual([2400, 1600])

    await page.getByRole('searchbox', { name: 'Search the library' }).fill(`Marchers ${id}`)
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page.getByText('1 image', { exact: true })).toBeVisible()
    const details = page.getByRole('form', { name: `Details of Marchers ${id}` })
    await expect(details.getByLabel('Licence', { exact: true })).toHaveValue('cc-by-sa-4.0')
    await details.getByLabel('Credit').fill('S. Snapper (Reel News)')
    await details.getByRole('button', { name: 'Save details' }).click()
    await expect(details.getByRole('status')).toHaveText('Saved.')
    const [updated] = await query<{ credit: string }>(`SELECT credit FROM "Media" WHERE "originalName" = $1`, [`march-${id}.jpg`])
    expect(updated!.credit).toBe('S. Snapper (Reel News)')
  })
})
