'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Comparison } from '../../seed/version/compare'

type Answer = ({ pending: true } & Comparison) | { pending: false }

const cell = {
  verticalAlign: 'top',
  whiteSpace: 'pre-wrap',
  padding: '0.5rem',
  borderTop: '1px solid var(--theme-elevation-150)',
} as const

/**
 * "A newer version of this seeded method is available": shown when editors
 * changed a seeded document and a newer version of it has shipped since. Compare
 * shows, field by field, what the document holds and what the new version says;
 * "Take the new version" makes the document that version (its content before
 * stays in the version history); "Keep mine" stops offering this one.
 */
export function SeedUpdateBanner({
  what = 'method',
}: {
  what?: 'brand' | 'method' | 'site settings'
}) {
  const site = what === 'site settings'
  const subject = site ? 'the seeded site settings' : `this seeded ${what}`
  const mine = site ? 'The site settings now' : `This ${what} now`
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { config } = useConfig()
  // Same origin as the admin page (serverURL is the public address, which the admin may not be served from).
  const api = config.routes.api
  const address = globalSlug
    ? `${api}/globals/${globalSlug}/seed-update`
    : id && collectionSlug
      ? `${api}/${collectionSlug}/${id}/seed-update`
      : null
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [comparing, setComparing] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!address) return
    let live = true
    fetch(address, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Answer>) : null))
      .then((body) => live && setAnswer(body))
      .catch(() => live && setAnswer(null))
    return () => {
      live = false
    }
  }, [address])

  const act = useCallback(
    async (path: string, reload: boolean) => {
      if (!address) return
      setBusy(true)
      try {
        const response = await fetch(`${address}${path}`, {
          method: 'POST',
          credentials: 'include',
        })
        const body = (await response.json().catch(() => ({}))) as { message?: string }
        if (!response.ok) {
          toast.error(body.message ?? 'That did not work. Reload the page and try again.')
          return
        }
        toast.success(body.message ?? 'Done.')
        // The form still holds the old content: show the document as it now is.
        if (reload) window.location.reload()
        else setAnswer({ pending: false })
      } finally {
        setBusy(false)
      }
    },
    [address],
  )

  if (!answer?.pending) return null
  return (
    <section
      role="status"
      aria-labelledby="seed-update-title"
      className="seed-update-banner"
      style={{
        border: '1px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-50)',
        borderRadius: 4,
        padding: '1rem',
        marginBottom: '1.5rem',
      }}
    >
      <h3 id="seed-update-title" style={{ margin: '0 0 0.25rem' }}>
        A newer version of {subject} is available
      </h3>
      <p style={{ margin: '0 0 0.75rem' }}>
        {site ? 'The site settings were' : `This ${what} was`} changed here, so the new version was
        not applied. Compare them, then take the new version or keep yours.
      </p>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          onClick={() => setComparing(!comparing)}
          aria-expanded={comparing}
        >
          {comparing ? 'Hide the comparison' : 'Compare'}
        </Button>
        <Button
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={() => act('', true)}
        >
          Take the new version
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={() => act('/keep', false)}
        >
          Keep mine
        </Button>
      </div>
      {comparing && (
        <table style={{ width: '100%', marginTop: '1rem', borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', marginBottom: '0.5rem' }}>
            {answer.changes.length} {answer.changes.length === 1 ? 'difference' : 'differences'}
            {answer.unchanged
              ? `; ${answer.unchanged} ${answer.unchanged === 1 ? 'part is' : 'parts are'} the same`
              : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', width: '16%' }}>
                Field
              </th>
              <th scope="col" style={{ textAlign: 'left', width: '42%' }}>
                {mine}
              </th>
              <th scope="col" style={{ textAlign: 'left', width: '42%' }}>
                The new version
              </th>
            </tr>
          </thead>
          <tbody>
            {answer.changes.map((change) => (
              <tr key={change.label}>
                <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                  {change.label}
                </th>
                <td style={cell}>{change.current || <em>(empty)</em>}</td>
                <td style={cell}>{change.shipped || <em>(empty)</em>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
