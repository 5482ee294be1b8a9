import { Picture } from './picture'
import type { ImageDto } from '@/lib/data/dto'
import { CreditLine } from './credit-line'

/** The lead image with its caption and a credit line whose licence is linked. */
export function HeroFigure({ image }: { image: ImageDto }) {
  return (
    <figure className="mb-6">
      <Picture
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        priority
        sizes="(min-width: 1152px) 1120px, 100vw"
        className="h-auto w-full bg-panel"
      />
      {image.caption || image.credit || image.licenceName ? (
        <figcaption className="figure-caption">
          {image.caption}
          {image.caption ? ' ' : null}
          <CreditLine media={image} />
        </figcaption>
      ) : null}
    </figure>
  )
}
