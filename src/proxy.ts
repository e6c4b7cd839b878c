import type { NextRequest } from 'next/server'

import { guardApiRequest } from '@/api/guard'

/**
 * Next runs this before the route for every request to the API, so Payload's
 * generated route files (src/app/(payload)/api) stay as Payload writes them and
 * a regeneration cannot drop the checks. Next hands the proxy a copy of the
 * body up to `experimental.proxyClientMaxBodySize` (next.config.mjs) and the
 * route the same bytes; a refusal here is the answer, and nothing reaches Payload.
 */
export async function proxy(request: NextRequest) {
  return (await guardApiRequest(request)) ?? undefined
}

export const config = { matcher: '/api/:path*' }
