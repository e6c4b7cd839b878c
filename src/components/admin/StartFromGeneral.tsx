'use client'

import { Button, toast, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import Link from 'next/link'
import { useState } from 'react'

import type { StartResult } from '../../collections/Brands/endpoints/startFromGeneral'

/**
 * "Start from the general guide" on a brand: copies the general methods and
 * their steps into draft methods of this brand, to adapt and publish one by
 * one. Running it again copies only what is missing.
 */
export function StartFromGeneral() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<StartResult | null>(null)
  const { submit } = useForm()
  const modified = useFormModified()
  const admin = config.routes.admin
  const api = `${config.serverURL}${config.routes.api}`

  if (!id)
    return (
      <p className="field-description">
        Save the brand first; then you can start its guide from the general one.
      </p>
    )

  const start = async () => {
    setBusy(true)
    try {
      // Keep what the editor typed (autosave may not have run yet) before leaving for the copied methods.
      if (modified) {
        await submit({
          action: `${api}/brands/${id}?autosave=true&draft=true&depth=0`,
          method: 'PATCH',
          overrides: { _status: 'draft' },
          skipValidation: true,
          disableSuccessStatus: true,
        })
      }
      const response = await fetch(`${api}/brands/${id}/start-from-general`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as StartResult & { message?: string }
      if (!response.ok) {
        toast.error(body.message ?? 'The general guide could not be copied. Try again.')
        return
      }
      toast.success(body.message ?? 'Copied.')
      setResult(body)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type start-from-general" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>Methods</h4>
      <p className="field-description">
        Copy the general guide’s methods and steps into drafts of this brand, then adapt them.
      </p>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={start}>
        {busy ? 'Copying…' : 'Start from the general guide'}
      </Button>
      {result && result.created.length > 0 && (
        <ul aria-label="Copied methods">
          {result.created.map((method) => (
            <li key={method.id}>
              <Link href={`${admin}/collections/methods/${method.id}`}>{method.title}</Link> (draft)
            </li>
          ))}
        </ul>
      )}
      <p style={{ marginTop: '0.5rem' }}>
        <Link
          href={`${admin}/collections/methods?where[brand][equals]=${encodeURIComponent(String(id))}`}
        >
          This brand’s methods
        </Link>
      </p>
    </div>
  )
}
