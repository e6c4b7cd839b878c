import { draftMode, headers } from 'next/headers'

import { isEditor } from '@/access'
import { PUBLIC_VIEWER, type Viewer } from '@/access/viewer'
import type { User } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * Drafts are shown only in Next's draft mode and only to a signed-in editor;
 * the session is checked again on every render, not trusted from the cookie.
 * Outside draft mode nothing here reads the request, so pages stay static.
 */
export const currentViewer = async (): Promise<Viewer> => {
  if (!(await draftMode()).isEnabled) return PUBLIC_VIEWER
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user?.collection === 'users' && isEditor(user)
    ? { draft: true, user: user as User }
    : PUBLIC_VIEWER
}
