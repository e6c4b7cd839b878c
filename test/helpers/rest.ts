import { NextRequest } from 'next/server'

import { GRAPHQL_PATH } from '@/api/guard'
import * as restRoute from '@/app/(payload)/api/[...slug]/route'
import * as graphqlRoute from '@/app/(payload)/api/graphql/route'
import { proxy } from '@/proxy'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

type RequestOptions = {
  body?: unknown
  token?: string
  form?: FormData
  headers?: Record<string, string>
}

export type ApiResponse = { status: number; body: any }

type RouteHandler = (req: Request, context?: unknown) => Promise<Response>

/**
 * Sends a request to the API as Next does, without a network hop: through
 * src/proxy.ts (which may answer it) with a copy of the body, then to the route
 * file that serves its address, Payload's generated REST or GraphQL route.
 */
export const sendToApi = async (req: Request): Promise<Response> => {
  const { pathname } = new URL(req.url)
  if (!pathname.startsWith('/api/')) throw new Error(`${pathname} is not an API address`)
  const refusal = await proxy(new NextRequest(req.clone()))
  if (refusal) {
    // Not awaited: a tee branch cancels its source only once the proxy's copy is done with too.
    void req.body?.cancel().catch(() => {})
    return refusal
  }
  if (pathname === GRAPHQL_PATH) {
    const handler = (graphqlRoute as Record<string, RouteHandler>)[req.method]
    return handler ? handler(req) : new Response(null, { status: 405 })
  }
  const slug = pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const handler = (restRoute as Record<string, RouteHandler>)[req.method]
  return handler(req, { params: Promise.resolve({ slug }) })
}

/** A client for the API's REST and GraphQL routes (sendToApi), with JSON, forms and tokens. */
export const restClient = () => {
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
    const req = new Request(url, {
      method,
      headers: { ...headersFor(token, !form), ...headers },
      body:
        form ??
        (body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)),
    })
    return parse(await sendToApi(req))
  }

  return {
    /** Any request at all, sent as it is (streamed and malformed bodies included). */
    send: async (req: Request) => parse(await sendToApi(req)),
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
      return parse(await sendToApi(req))
    },
    /** A GraphQL request with any body at all (malformed ones included). */
    graphqlRaw: async (body: string, { headers }: { headers?: Record<string, string> } = {}) => {
      const req = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { ...headersFor(), ...headers },
        body,
      })
      return parse(await sendToApi(req))
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
