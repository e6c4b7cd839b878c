import { checkBody } from './bodyGuard'
import { checkGraphql } from './graphqlGuard'
import { refuse } from './refuse'

/** Where Payload answers GraphQL (its default, under the REST API's `/api`). */
export const GRAPHQL_PATH = '/api/graphql'

/**
 * Every request to the API, before Payload's route handlers see it (src/proxy.ts
 * runs this): the body's checks (bodyGuard.ts) for every write, and for a
 * GraphQL request a JSON body whose query is within bounds (graphqlGuard.ts).
 * Answers the refusal, or null to let the request through unchanged.
 */
export const guardApiRequest = async (req: Request): Promise<Response | null> => {
  const graphql = new URL(req.url).pathname === GRAPHQL_PATH && req.method === 'POST'
  if (graphql && !/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
    return refuse(
      415,
      'Send the GraphQL request as JSON: Content-Type: application/json, with the query in "query".',
    )
  const body = await checkBody(req)
  if ('refusal' in body) return body.refusal
  return graphql ? checkGraphql(body.json) : null
}
