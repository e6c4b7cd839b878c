import { draftMode } from 'next/headers'

import { PREVIEW_EXIT } from '../routes'

import { LivePreviewListener } from './LivePreviewListener'

/** Shown only in draft mode: says drafts are on screen, offers the way out, and follows the admin's saves. */
export async function PreviewBar() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <div className="preview-bar" role="status">
      Previewing drafts: readers do not see this version yet.{' '}
      <a href={PREVIEW_EXIT}>Leave preview</a>
      <LivePreviewListener />
    </div>
  )
}
