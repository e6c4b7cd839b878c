'use client'

import {
  Button,
  DraggableSortable,
  DraggableSortableItem,
  DragHandleIcon,
  toast,
  useConfig,
  useDocumentDrawer,
  useDocumentInfo,
  useLivePreviewContext,
} from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { stepProblems } from '../../collections/Methods/publishProblems'
import type { Media, Step } from '../../payload-types'
import { STEPS_CHANGED } from '../LivePreviewListener'

type Row = Pick<Step, 'id' | 'order' | 'title' | 'plainText'> & {
  image?: Media | number | string | null
}

const problemsOf = (row: Row) =>
  stepProblems({
    order: row.order,
    title: row.title,
    text: row.plainText ?? '',
    image: row.image && typeof row.image === 'object' ? { alt: row.image.alt ?? '' } : null,
  })

/**
 * The method's steps inside its edit view: drag a step (or use its arrow
 * buttons) to reorder, open one to edit it, add the next one. Each change is
 * saved at once through the API and shown in the live preview; steps with
 * something missing are flagged before the method is published.
 */
export function StepsEditor() {
  const { id: methodId } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const { iframeRef, popupRef } = useLivePreviewContext()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [saving, setSaving] = useState(false)

  /** The method's steps as stored now, or null when they could not be read. */
  const fetchRows = useCallback(async (): Promise<Row[] | null> => {
    if (!methodId) return null
    const query = `where[method][equals]=${encodeURIComponent(String(methodId))}&sort=order&limit=500&depth=1&select[title]=true&select[order]=true&select[plainText]=true&select[image]=true`
    const response = await fetch(`${api}/steps?${query}`, { credentials: 'include' })
    return response.ok ? ((await response.json()) as { docs: Row[] }).docs : null
  }, [api, methodId])

  const load = useCallback(async () => {
    const found = await fetchRows()
    if (found) setRows(found)
  }, [fetchRows])

  useEffect(() => {
    let current = true
    void fetchRows().then((found) => {
      if (current && found) setRows(found)
    })
    return () => {
      current = false
    }
  }, [fetchRows])

  const changed = useCallback(async () => {
    await load()
    // The preview re-renders the method with its new steps.
    for (const target of [iframeRef?.current?.contentWindow, popupRef?.current]) {
      target?.postMessage({ type: STEPS_CHANGED }, window.location.origin)
    }
  }, [load, iframeRef, popupRef])

  const move = async (from: number, to: number) => {
    if (!rows || from === to || to < 0 || to >= rows.length) return
    const next = [...rows]
    next.splice(to, 0, ...next.splice(from, 1))
    setRows(next)
    setSaving(true)
    const response = await fetch(`${api}/methods/${methodId}/reorder-steps`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ steps: next.map((row) => row.id) }),
    })
    setSaving(false)
    if (!response.ok)
      toast.error(
        ((await response.json().catch(() => ({}))) as { message?: string }).message ??
          'The new order was not saved.',
      )
    await changed()
  }

  if (!methodId)
    return <p className="field-description">Save the method once, then add its steps here.</p>

  return (
    <div className="field-type steps-editor" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 0.25rem' }}>Steps</h3>
      <p className="field-description">
        Drag a step by its handle, or use its arrows, to change the order. Changes are saved at
        once.
      </p>
      {rows === null ? (
        <p>Loading steps…</p>
      ) : rows.length === 0 ? (
        <p>No steps yet. A method needs at least one step before it can be published.</p>
      ) : (
        <DraggableSortable
          ids={rows.map((row) => String(row.id))}
          onDragEnd={({ moveFromIndex, moveToIndex }) => void move(moveFromIndex, moveToIndex)}
        >
          <ol
            aria-label="Steps"
            aria-busy={saving}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {rows.map((row, index) => (
              <StepRow
                key={row.id}
                row={row}
                index={index}
                count={rows.length}
                onMove={move}
                onSaved={changed}
              />
            ))}
          </ol>
        </DraggableSortable>
      )}
      <AddStep
        methodId={methodId}
        nextOrder={Math.max(0, ...(rows ?? []).map((row) => row.order)) + 1}
        onSaved={changed}
      />
    </div>
  )
}

function StepRow({
  row,
  index,
  count,
  onMove,
  onSaved,
}: {
  row: Row
  index: number
  count: number
  onMove: (from: number, to: number) => void
  onSaved: () => void
}) {
  const [Drawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: 'steps', id: row.id })
  const problems = problemsOf(row)
  return (
    <DraggableSortableItem id={String(row.id)}>
      {({ attributes, listeners, setNodeRef, transform, transition, isDragging }) => (
        <li
          ref={setNodeRef}
          data-step-id={row.id}
          style={{
            transform,
            transition,
            zIndex: isDragging ? 2 : undefined,
            display: 'flex',
            alignItems: 'center',
            gap: '0.75rem',
            padding: '0.5rem 0.75rem',
            marginBottom: '0.5rem',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-m)',
            background: 'var(--theme-elevation-0)',
          }}
        >
          <button
            type="button"
            className="steps-editor__handle"
            aria-label={`Drag step ${index + 1}: ${row.title}`}
            {...attributes}
            {...listeners}
            style={{ cursor: 'grab', border: 0, background: 'none', padding: 0 }}
          >
            <DragHandleIcon />
          </button>
          <strong style={{ minWidth: '4.5rem' }}>Step {index + 1}</strong>
          <span style={{ flex: 1 }}>
            {row.title}
            {problems.map((problem) => (
              <span
                key={problem}
                className="steps-editor__problem"
                style={{ marginLeft: '0.5rem', color: 'var(--theme-error-500)', fontWeight: 600 }}
              >
                ⚠ {problem}
              </span>
            ))}
          </span>
          <Button
            buttonStyle="none"
            size="small"
            margin={false}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
            aria-label={`Move step ${index + 1} up`}
          >
            ↑
          </Button>
          <Button
            buttonStyle="none"
            size="small"
            margin={false}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
            aria-label={`Move step ${index + 1} down`}
          >
            ↓
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={openDrawer}
            aria-label={`Edit step ${index + 1}: ${row.title}`}
          >
            Edit
          </Button>
          <Drawer onSave={onSaved} onDelete={onSaved} />
        </li>
      )}
    </DraggableSortableItem>
  )
}

function AddStep({
  methodId,
  nextOrder,
  onSaved,
}: {
  methodId: number | string
  nextOrder: number
  onSaved: () => void
}) {
  const [Drawer, , { openDrawer, closeDrawer }] = useDocumentDrawer({ collectionSlug: 'steps' })
  return (
    <>
      <Button buttonStyle="secondary" size="small" onClick={openDrawer}>
        Add a step
      </Button>
      <Drawer
        initialData={{ method: methodId, order: nextOrder }}
        redirectAfterCreate={false}
        onSave={() => {
          closeDrawer()
          onSaved()
        }}
      />
    </>
  )
}
