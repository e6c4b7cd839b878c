import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { idOf } from '@/lib/ids'
import { DELETING_METHOD } from '@/lib/stepContext'

const isPublished = async (req: PayloadRequest, method: unknown) => {
  const id = idOf(method)
  if (id === null) return false
  const doc = await req.payload.findByID({
    collection: 'methods',
    id,
    depth: 0,
    select: { _status: true },
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return doc?._status === 'published'
}

/**
 * What publishing checks (steps, each with text) must stay true while the
 * method is live (its steps are live as soon as they are saved): each step of
 * a published method has text, and its last step cannot be deleted.
 * Unpublish the method first to take it apart.
 */
export const keepTextWhilePublished: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (typeof data.plainText !== 'string' || data.plainText.trim()) return data
  if (await isPublished(req, data.method ?? originalDoc?.method)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'body',
          message:
            'This step belongs to a published method, so it needs text. Write what the reader does here, or unpublish the method first.',
        },
      ],
    })
  }
  return data
}

export const keepLastStepWhilePublished: CollectionBeforeDeleteHook = async ({
  id,
  req,
  context,
}) => {
  if (context[DELETING_METHOD]) return
  const step = await req.payload.findByID({
    collection: 'steps',
    id,
    depth: 0,
    select: { method: true },
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const method = idOf(step?.method)
  if (method === null || !(await isPublished(req, method))) return
  const { totalDocs } = await req.payload.count({
    collection: 'steps',
    where: { method: { equals: method } },
    overrideAccess: true,
    req,
  })
  if (totalDocs <= 1) {
    throw new APIError(
      'This is the only step of a published method: readers would be left with nothing to follow. Add another step first, or unpublish the method.',
      400,
      undefined,
      true,
    )
  }
}
