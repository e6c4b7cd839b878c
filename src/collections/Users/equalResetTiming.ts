import {
  addDataAndFileToRequest,
  forgotPasswordOperation,
  headersWithCors,
  type Endpoint,
} from 'payload'

/** Every forgot-password answer takes at least this long, known address or not (FORGOT_PASSWORD_FLOOR_MS). */
const floorMs = () => Math.max(0, Number(process.env.FORGOT_PASSWORD_FLOOR_MS ?? 300) || 0)

/**
 * POST /api/users/forgot-password, as Payload's own, but answered no sooner
 * than an equal floor: an address with an account costs a write that one
 * without does not, and the answer's timing must not tell them apart. (The
 * mail itself is queued, so no mail server's speed shows either.)
 */
export const forgotPasswordEqualTiming: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const until = performance.now() + floorMs()
    try {
      await addDataAndFileToRequest(req)
      const email = typeof req.data?.email === 'string' ? req.data.email : ''
      await forgotPasswordOperation({
        collection: req.payload.collections.users,
        data: { email } as never,
        req,
      })
      return Response.json(
        { message: req.t('general:success') },
        { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
      )
    } finally {
      const left = until - performance.now()
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
    }
  },
}
