import { getImageProps } from 'next/image'

/**
 * A responsive image rendered on the server as a plain `<img>` with a `srcset` from the image
 * optimiser. Unlike the `next/image` component it ships no client JavaScript and needs no
 * hydration. `priority` is for the one image likely to be the largest paint: it loads at once
 * and at high priority; every other image loads lazily.
 */
export function Picture({
  src,
  alt,
  width,
  height,
  sizes,
  priority = false,
  className,
}: {
  src: string
  alt: string
  width: number
  height: number
  sizes: string
  priority?: boolean
  className?: string
}) {
  const { props } = getImageProps({ src, alt, width, height, sizes, loading: priority ? 'eager' : 'lazy', fetchPriority: priority ? 'high' : 'auto', className })
  // getImageProps adds an inline `color: transparent` (to hide alt text while loading); the
  // page's own CSS decides how images look, so it is left out.
  const { style: _style, ...rest } = props
  void _style
  // eslint-disable-next-line @next/next/no-img-element -- this is the optimised image, without the client component
  return <img {...rest} alt={alt} />
}
