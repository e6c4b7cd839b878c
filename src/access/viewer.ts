import type { User } from '@/payload-types'

/** Who a page is rendered for: the public, or a signed-in editor previewing drafts. */
export type Viewer = { draft: boolean; user: User | null }

export const PUBLIC_VIEWER: Viewer = { draft: false, user: null }

/** Local API options for a read on the viewer's behalf: their access rules, never overridden. */
export const readAs = (viewer: Viewer) => ({
  overrideAccess: false as const,
  draft: viewer.draft,
  ...(viewer.user ? { user: viewer.user } : {}),
})
