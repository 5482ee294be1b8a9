// Generated illustrations for the demo articles: abstract compositions rendered by sharp,
// so the repository ships no binary images and every hero still has real pixels and dimensions.
import sharp from 'sharp'

export type Motif = 'bars' | 'circles' | 'waves' | 'grid' | 'diagonal'

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function shapes(motif: Motif, hue: number, rand: () => number, w: number, h: number): string {
  const colour = (dl: number, ds = 0) => `hsl(${(hue + Math.round(rand() * 40 - 20) + 360) % 360} ${55 + ds}% ${Math.max(10, Math.min(85, 45 + dl))}%)`
  const out: string[] = []
  switch (motif) {
    case 'bars':
      for (let i = 0; i < 14; i++) {
        const bw = w / 14
        const bh = h * (0.25 + rand() * 0.7)
        out.push(`<rect x="${i * bw}" y="${h - bh}" width="${bw * 0.8}" height="${bh}" fill="${colour(rand() * 40 - 20)}"/>`)
      }
      break
    case 'circles':
      for (let i = 0; i < 18; i++) {
        out.push(`<circle cx="${rand() * w}" cy="${rand() * h}" r="${40 + rand() * 220}" fill="${colour(rand() * 50 - 25)}" fill-opacity="0.7"/>`)
      }
      break
    case 'waves':
      for (let i = 0; i < 9; i++) {
        const y = (h / 9) * i + 40
        const a = 30 + rand() * 60
        out.push(
          `<path d="M0 ${y} C ${w * 0.25} ${y - a}, ${w * 0.5} ${y + a}, ${w * 0.75} ${y - a / 2} S ${w} ${y + a}, ${w} ${y} L ${w} ${h} L 0 ${h} Z" fill="${colour(i * 5 - 20)}" fill-opacity="0.55"/>`,
        )
      }
      break
    case 'grid':
      for (let x = 0; x < 16; x++)
        for (let y = 0; y < 9; y++)
          if (rand() > 0.35)
            out.push(`<rect x="${(x * w) / 16 + 6}" y="${(y * h) / 9 + 6}" width="${w / 16 - 12}" height="${h / 9 - 12}" fill="${colour(rand() * 50 - 25)}"/>`)
      break
    case 'diagonal':
      for (let i = -10; i < 24; i++) {
        out.push(`<polygon points="${i * 90},0 ${i * 90 + 60},0 ${i * 90 + 60 + h * 0.6},${h} ${i * 90 + h * 0.6},${h}" fill="${colour(rand() * 40 - 20)}"/>`)
      }
      break
  }
  return out.join('')
}

export async function makeHeroJpeg(hue: number, motif: Motif, seed: number, width = 1600, height = 900): Promise<Buffer> {
  const rand = rng(seed)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 60% 22%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 55% 38%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes(motif, hue, rand, width, height)}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
}
