'use client'

import { useFormFields } from '@payloadcms/ui'

type Props = {
  sizes: { name: string; width: number; height?: number }[]
  maxFileMb: number
  maxMegapixels: number
}

const kb = (bytes: unknown) => (typeof bytes === 'number' ? `${Math.round(bytes / 1024)} KB` : '')

/** The copies sharp made of the uploaded picture, and the limits an upload must keep to. */
export function MediaVariants({ sizes, maxFileMb, maxMegapixels }: Props) {
  const values = useFormFields(([fields]) =>
    sizes.map(({ name }) => ({
      name,
      url: fields[`sizes.${name}.url`]?.value as string | null | undefined,
      width: fields[`sizes.${name}.width`]?.value as number | null | undefined,
      height: fields[`sizes.${name}.height`]?.value as number | null | undefined,
      filesize: fields[`sizes.${name}.filesize`]?.value,
    })),
  )
  const made = values.filter((v) => v.url)
  return (
    <div className="field-type media-variants" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>Sizes made for the site</h4>
      <p className="field-description">
        PNG, JPEG, WebP or AVIF, at most {maxFileMb} MB and {maxMegapixels} megapixels. The focal
        point (under Edit Image) decides what the square thumbnail keeps.
      </p>
      {made.length === 0 ? (
        <p>
          Upload a picture to see the sizes made from it:{' '}
          {sizes
            .map((s) => `${s.name} (${s.width}${s.height ? ` × ${s.height}` : ' wide'})`)
            .join(', ')}
          .
        </p>
      ) : (
        <ul
          style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', listStyle: 'none', padding: 0 }}
        >
          {made.map((v) => (
            <li key={v.name} style={{ textAlign: 'center' }}>
              <a href={v.url ?? undefined} target="_blank" rel="noreferrer">
                {/* eslint-disable-next-line @next/next/no-img-element -- the admin shows the stored file as it is */}
                <img
                  src={v.url ?? undefined}
                  alt=""
                  style={{ maxWidth: 160, maxHeight: 120, display: 'block', margin: '0 auto' }}
                />
              </a>
              <span>
                {v.name}: {v.width} × {v.height}, {kb(v.filesize)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
