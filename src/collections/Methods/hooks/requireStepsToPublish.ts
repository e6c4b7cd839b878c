import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Media } from '@/payload-types'

import { publishProblems } from '../publishProblems'

/**
 * A method goes public only with steps a reader can follow: at least one,
 * each with text, each picture with alt text. Drafts and autosaves may be
 * unfinished; publishing (from the admin, the API or a schedule) may not.
 */
export const requireStepsToPublish: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (data._status !== 'published') return data

  const steps =
    operation === 'create' || originalDoc?.id === undefined
      ? []
      : (
          await req.payload.find({
            collection: 'steps',
            where: { method: { equals: originalDoc.id } },
            sort: 'order',
            depth: 1,
            limit: 1000,
            pagination: false,
            select: { order: true, title: true, plainText: true, image: true },
            populate: { media: { alt: true } },
            overrideAccess: true,
            req,
          })
        ).docs

  const problems = publishProblems(
    steps.map((step) => ({
      order: step.order,
      title: step.title,
      text: step.plainText ?? '',
      image:
        step.image === null || step.image === undefined
          ? null
          : { alt: (step.image as Media).alt ?? '' },
    })),
  )
  if (problems.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'steps',
        message: `Not published: ${problems.join(' ')} Save it as a draft and fix this first.`,
      },
    ],
  })
}
