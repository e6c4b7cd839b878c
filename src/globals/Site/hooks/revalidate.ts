import type { GlobalAfterChangeHook } from 'payload'

import { revalidateAll } from '@/revalidate'

/** The site's name and shared sections show on every page. */
export const revalidateSiteAfterChange: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidateAll(req)
  return doc
}
