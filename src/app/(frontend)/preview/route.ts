import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isEditor } from '@/access'
import { safePath } from '@/lib/safePath'
import config from '@payload-config'

/**
 * Draft preview for editors: /preview?path=/brands/hikvision. The Payload
 * session is checked here (and again on every previewed render); there is no
 * shared secret to leak.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  // Only pages of this site, as a browser would read the address (src/lib/safePath.ts).
  const path = safePath(url.searchParams.get('path') ?? '/', '')
  if (!path) {
    return new Response(
      'The preview path must be a page of this site, such as /brands/hikvision.',
      { status: 400 },
    )
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isEditor(user)) {
    return new Response('Log in to the admin as an editor to preview drafts.', { status: 401 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
