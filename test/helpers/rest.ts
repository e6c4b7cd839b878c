import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardApi } from '@/api/bodyGuard'
import { guardGraphql } from '@/api/graphqlGuard'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

type RequestOptions = {
  body?: unknown
  token?: string
  form?: FormData
  headers?: Record<string, string>
}

export type ApiResponse = { status: number; body: any }

/**
 * Calls Payload's Next.js REST and GraphQL route handlers directly, exactly as
 * the app's routes under /api do, without a network hop.
 */
export const restClient = (config: SanitizedConfig) => {
  // Wrapped as the app's route files under src/app/(payload)/api wrap them.
  const handlers = {
    GET: REST_GET(config),
    POST: guardApi(REST_POST(config)),
    PATCH: guardApi(REST_PATCH(config)),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = guardApi(guardGraphql(GRAPHQL_POST(config)))

  const headersFor = (token?: string, json = true): HeadersInit => ({
    ...(json ? { 'Content-Type': 'application/json' } : {}),
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })

  const parse = async (response: Response): Promise<ApiResponse> => {
    const text = await response.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body }
  }

  const request = async (
    method: Method,
    pathAndQuery: string,
    { body, token, form, headers }: RequestOptions = {},
  ): Promise<ApiResponse> => {
    const url = new URL(`http://localhost/api${pathAndQuery}`)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const req = new Request(url, {
      method,
      headers: { ...headersFor(token, !form), ...headers },
      body:
        form ??
        (body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)),
    })
    return parse(await handlers[method](req, { params: Promise.resolve({ slug }) }))
  }

  return {
    get: (p: string, o?: RequestOptions) => request('GET', p, o),
    post: (p: string, o?: RequestOptions) => request('POST', p, o),
    patch: (p: string, o?: RequestOptions) => request('PATCH', p, o),
    delete: (p: string, o?: RequestOptions) => request('DELETE', p, o),
    graphql: async (
      query: string,
      {
        variables,
        token,
        headers,
      }: { variables?: object; token?: string; headers?: Record<string, string> } = {},
    ) => {
      const req = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { ...headersFor(token), ...headers },
        body: JSON.stringify({ query, variables }),
      })
      return parse(await graphqlHandler(req))
    },
    /** A GraphQL request with any body at all (malformed ones included). */
    graphqlRaw: async (body: string, { headers }: { headers?: Record<string, string> } = {}) => {
      const req = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { ...headersFor(), ...headers },
        body,
      })
      return parse(await graphqlHandler(req))
    },
    login: async (email: string, password: string): Promise<string> => {
      const res = await request('POST', '/users/login', { body: { email, password } })
      if (res.status !== 200)
        throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.token
    },
  }
}

export type RestClient = ReturnType<typeof restClient>
