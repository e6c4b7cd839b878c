import Image from 'next/image'

import { accentColors } from '../lib/contrast'
import { mediaSrc } from '../lib/media'
import type { GuideBrand } from '../queries/guides'

/** The guide's header in the brand's colour, with text coloured for contrast. */
type Props = {
  brand: GuideBrand
  title: string
  children?: React.ReactNode
  /** `p` where the page has its own h1. */ as?: 'h1' | 'p'
}

export function BrandHeader({ brand, title, children, as: Title = 'h1' }: Props) {
  const { background, text } = accentColors(brand.accentColor)
  return (
    <header className="brand-header" style={{ background, color: text }}>
      {brand.logo && mediaSrc(brand.logo, 'thumbnail') ? (
        <Image
          src={mediaSrc(brand.logo, 'thumbnail')!}
          alt={brand.logo.alt}
          width={64}
          height={64}
          priority
        />
      ) : null}
      <div>
        <Title className="brand-title">{title}</Title>
        {children}
      </div>
    </header>
  )
}
