import type { Payload } from 'payload'
import sharp from 'sharp'

import { paragraphs } from '../../src/seed/richText'

import type { RestClient } from './rest'

export const ROLE_NAMES = ['anonymous', 'support', 'editor', 'admin'] as const
export type RoleName = (typeof ROLE_NAMES)[number]

export const PASSWORD = 'correct horse battery staple'

/** One account per role (the first becomes admin by itself), each with a REST token. */
export const createStaff = async (payload: Payload, api: RestClient) => {
  const users: Record<
    Exclude<RoleName, 'anonymous'>,
    { id: number | string; email: string }
  > = {} as never
  for (const role of ['admin', 'editor', 'support'] as const) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: `${role}@example.com`,
        password: PASSWORD,
        name: `${role} user`,
        roles: [role],
      },
    })
    users[role] = { id: user.id, email: user.email }
  }
  const tokens: Record<RoleName, string | undefined> = {
    anonymous: undefined,
    admin: await api.login('admin@example.com', PASSWORD),
    editor: await api.login('editor@example.com', PASSWORD),
    support: await api.login('support@example.com', PASSWORD),
  }
  return { users, tokens }
}

let counter = 0
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`

export const pngBytes = (width = 8, height = 8) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

/**
 * A published method with one step ("Power off", step 1): created as a draft,
 * given its step, then published, since a method without steps cannot be.
 */
export const publishedMethod = async (
  payload: Payload,
  data: Record<string, unknown>,
  stepTitle = 'Power off',
) => {
  const local = { overrideAccess: true } as const
  const draft = await payload.create({
    collection: 'methods',
    ...local,
    data: { ...data, _status: 'draft' } as never,
  })
  const step = await payload.create({
    collection: 'steps',
    ...local,
    data: {
      method: draft.id,
      order: 1,
      title: stepTitle,
      body: paragraphs(['Switch the recorder off at the wall.']),
    },
  })
  const method = await payload.update({
    collection: 'methods',
    id: draft.id,
    ...local,
    data: { _status: 'published' },
  })
  return { method, step }
}

/** Published content to read and write against. */
export const createContent = async (payload: Payload) => {
  const local = { overrideAccess: true } as const
  const name = unique('Brand')
  const brand = await payload.create({
    collection: 'brands',
    ...local,
    data: { name, slug: name.toLowerCase(), _status: 'published' },
  })
  const { method, step } = await publishedMethod(payload, {
    title: 'Reset button',
    slug: unique('reset'),
    brand: brand.id,
    kind: 'reset-button',
    dataLoss: 'settings',
  })
  const png = await pngBytes()
  const media = await payload.create({
    collection: 'media',
    ...local,
    data: { alt: 'A label' },
    file: { data: png, mimetype: 'image/png', name: `${unique('label')}.png`, size: png.length },
  })
  return { brand, method, step, media }
}

/**
 * The usual start of an API test file: Payload on its own database, a REST
 * client, one account per role and a published brand, method, step and image.
 */
export const startApi = async () => {
  const { startPayload } = await import('./payload')
  const { restClient } = await import('./rest')
  const ctx = await startPayload()
  const api = restClient()
  const { users, tokens } = await createStaff(ctx.payload, api)
  const content = await createContent(ctx.payload)
  return { ctx, api, users, tokens, content }
}
