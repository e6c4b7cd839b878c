import type { Endpoint } from 'payload'

import { isEditor } from '@/access'
import { jsonBody, reply } from '@/api/reply'
import { inTransaction } from '@/db/inTransaction'
import { REORDERING_STEPS } from '@/lib/stepContext'

/**
 * POST /api/methods/:id/reorder-steps { steps: [id, …] } renumbers a method's
 * steps 1..n in the order given (the admin's drag and drop). One transaction:
 * a failure leaves the old order untouched.
 */
export const reorderSteps: Endpoint = {
  path: '/:id/reorder-steps',
  method: 'post',
  handler: async (req) => {
    if (!isEditor(req.user)) return reply(403, 'Log in to the admin as an editor to reorder steps.')
    const id = req.routeParams?.id as string | number | undefined
    const body = (await jsonBody(req)) as { steps?: unknown } | null
    const wanted = body?.steps
    if (
      !Array.isArray(wanted) ||
      !wanted.every((s) => typeof s === 'string' || typeof s === 'number')
    ) {
      return reply(
        400,
        'Send { "steps": [ids…] }: the ids of all the method\'s steps in their new order.',
      )
    }
    const method =
      id === undefined
        ? null
        : await req.payload.findByID({
            collection: 'methods',
            id,
            depth: 0,
            draft: true,
            overrideAccess: false,
            user: req.user,
            req,
            disableErrors: true,
          })
    if (!method) return reply(404, 'No method with this id.')

    const { docs: steps } = await req.payload.find({
      collection: 'steps',
      where: { method: { equals: method.id } },
      select: { order: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const byId = new Map(steps.map((step) => [String(step.id), step]))
    const sameSet =
      wanted.length === steps.length &&
      new Set(wanted.map(String)).size === wanted.length &&
      wanted.every((s) => byId.has(String(s)))
    if (!sameSet) {
      return reply(
        400,
        'The list must name every step of this method exactly once. Reload the page and try again.',
      )
    }

    await inTransaction(req, async () => {
      for (const [index, stepId] of wanted.entries()) {
        const step = byId.get(String(stepId))!
        if (step.order === index + 1) continue
        await req.payload.update({
          collection: 'steps',
          id: step.id,
          data: { order: index + 1 },
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
          context: { [REORDERING_STEPS]: true },
        })
      }
    })
    return reply(200, 'Steps reordered.', { steps: wanted })
  },
}
