'use client'

import { TextInput, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { slugify } from '@/lib/validators'

type Props = TextFieldClientProps & { source: string }

/**
 * The slug follows the title as the editor types, until they edit the slug
 * themselves. Once a document has been published its slug stays put, so a
 * new title never breaks a live address by accident.
 */
export function SlugInput({ field, path, source, readOnly }: Props) {
  const fieldPath = path ?? field.name
  const { value, setValue, showError } = useField<string>({ path: fieldPath })
  const title = useFormFields(([fields]) => fields[source]?.value)
  const { hasPublishedDoc } = useDocumentInfo()
  // Decided once, from the document as it opened; typing in the slug ends it.
  const [following, setFollowing] = useState(
    () => !hasPublishedDoc && (!value || value === slugify(typeof title === 'string' ? title : '')),
  )

  useEffect(() => {
    if (!following || typeof title !== 'string') return
    const next = slugify(title)
    if (next !== (value ?? '')) setValue(next)
  }, [following, title, value, setValue])

  return (
    <TextInput
      path={fieldPath}
      label={field.label || 'Slug'}
      description={
        following
          ? `Follows the ${source} until you edit it.`
          : 'Part of the page address. Publishing a new one moves the page; the old address then leads here (see Former addresses).'
      }
      required={field.required}
      readOnly={readOnly}
      showError={showError}
      value={value ?? ''}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        setFollowing(false)
        setValue(event.target.value)
      }}
    />
  )
}
