import { RichText } from '@payloadcms/richtext-lexical/react'
import Image from 'next/image'

import { CALLOUT_KINDS } from '../collections/Steps/options'
import { mediaSrc } from '../lib/media'
import type { GuideStep } from '../queries/guides'
import { stepAnchor } from '../routes'

/**
 * The width a step's picture is shown at: the page's column (52rem, less its
 * padding) less the steps' indent; on narrower screens the viewport less the same.
 */
const STEP_IMAGE_SIZES = '(max-width: 52rem) calc(100vw - 6rem), 46rem'

/** A method's steps as an ordered list, each with its picture and callouts. */
export function StepList({
  steps,
  methodSlug,
  ownPage,
}: {
  steps: GuideStep[]
  methodSlug: string
  ownPage: boolean
}) {
  if (!steps.length)
    return <p className="muted">The steps for this method have not been written yet.</p>
  // On a method's own page the steps sit right under its h1; in a guide, under the method's h3.
  const Heading = ownPage ? 'h2' : 'h4'
  return (
    <ol className="steps">
      {steps.map((step) => {
        const anchor = stepAnchor(methodSlug, step.order, ownPage)
        const image = step.image
        return (
          <li key={step.id} id={anchor} className="step">
            <Heading className="step-title">
              <a href={`#${anchor}`} className="anchor">
                {step.title}
              </a>
            </Heading>
            {step.body ? <RichText data={step.body} className="step-body" /> : null}
            {image && mediaSrc(image) && image.width && image.height ? (
              <figure className="step-image">
                {/* On a phone a diagram is small: a tap opens it full size, to zoom. */}
                <a href={mediaSrc(image)!} className="step-image-link">
                  <Image
                    src={mediaSrc(image)!}
                    alt={image.alt}
                    width={image.width}
                    height={image.height}
                    sizes={STEP_IMAGE_SIZES}
                  />
                </a>
              </figure>
            ) : null}
            {step.callouts?.map((callout) => (
              <p
                key={callout.id ?? callout.text}
                className={`callout callout-${callout.kind}`}
                role="note"
              >
                <strong>{CALLOUT_KINDS[callout.kind]}:</strong> {callout.text}
              </p>
            ))}
          </li>
        )
      })}
    </ol>
  )
}
