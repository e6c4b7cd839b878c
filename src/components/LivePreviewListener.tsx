'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** Message the admin sends when a step changes, beside Payload's own save and autosave events. */
export const STEPS_CHANGED = 'resethub-steps-changed'

/**
 * Inside the admin's live preview (an iframe on the same origin): tells the
 * admin the page is ready, then re-renders from the server, with the draft,
 * each time the editor's document is saved or autosaved.
 */
export function LivePreviewListener() {
  const router = useRouter()
  useEffect(() => {
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    if (!admin) return
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin) return
      const type = (event.data as { type?: unknown } | null)?.type
      if (type === 'payload-document-event' || type === STEPS_CHANGED) router.refresh()
    }
    window.addEventListener('message', onMessage)
    admin.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
