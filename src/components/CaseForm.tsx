'use client'

import { useActionState } from 'react'
import { useFormStatus } from 'react-dom'

import { submitCase } from './caseActions'
import type { CaseFormState } from './caseFormState'

export type CaseFormMethod = { id: number | string; title: string; steps: { id: number | string; order: number; title: string }[] }

const INITIAL: CaseFormState = { errors: {}, values: {} }

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? 'Sending…' : 'Send my case'}
    </button>
  )
}

function Field({ name, label, hint, error, children }: { name: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={`case-${name}`}>{label}</label>
      {hint ? <p className="hint" id={`case-${name}-hint`}>{hint}</p> : null}
      {children}
      {error ? (
        <p className="error" id={`case-${name}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * "Still stuck? Describe your case." A plain form that posts without
 * JavaScript; with it, errors show inline and the button shows progress.
 */
export function CaseForm({ brandId, methods, back }: { brandId?: number | string; methods: CaseFormMethod[]; back: string }) {
  const [state, action] = useActionState(submitCase, INITIAL)
  const v = state.values
  const described = (name: keyof CaseFormState['errors'], hint = false) =>
    [hint ? `case-${name}-hint` : '', state.errors[name] ? `case-${name}-error` : ''].filter(Boolean).join(' ') || undefined

  return (
    <form action={action} className="case-form" noValidate>
      {state.formError ? (
        <p className="form-error" role="alert">
          {state.formError}
        </p>
      ) : null}
      <input type="hidden" name="brand" value={brandId ?? ''} />
      <input type="hidden" name="back" value={back} />
      {/* Hidden from people; a bot that fills it in is quietly ignored. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="case-website">Leave this empty</label>
        <input id="case-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <Field name="authorName" label="Your name" error={state.errors.authorName}>
        <input id="case-authorName" name="authorName" required maxLength={80} defaultValue={v.authorName} aria-invalid={Boolean(state.errors.authorName)} aria-describedby={described('authorName')} autoComplete="name" />
      </Field>
      <Field name="authorEmail" label="E-mail (optional, never shown)" hint="Only to tell you when support answers." error={state.errors.authorEmail}>
        <input id="case-authorEmail" name="authorEmail" type="email" maxLength={254} defaultValue={v.authorEmail} aria-invalid={Boolean(state.errors.authorEmail)} aria-describedby={described('authorEmail', true)} autoComplete="email" />
      </Field>
      <div className="field">
        <label className="check">
          <input type="checkbox" name="notifyOnReply" defaultChecked /> Notify me by e-mail when support answers
        </label>
      </div>
      <Field name="deviceModel" label="Recorder model" hint="From the label, for example DS-7608NI-K2." error={state.errors.deviceModel}>
        <input id="case-deviceModel" name="deviceModel" maxLength={80} defaultValue={v.deviceModel} aria-invalid={Boolean(state.errors.deviceModel)} aria-describedby={described('deviceModel', true)} />
      </Field>
      <Field name="firmware" label="Firmware (optional)" error={state.errors.firmware}>
        <input id="case-firmware" name="firmware" maxLength={80} defaultValue={v.firmware} aria-invalid={Boolean(state.errors.firmware)} aria-describedby={described('firmware')} />
      </Field>
      {methods.length ? (
        <>
          <Field name="method" label="Method you tried" error={state.errors.method}>
            <select id="case-method" name="method" defaultValue={v.method ?? ''} aria-invalid={Boolean(state.errors.method)} aria-describedby={described('method')}>
              <option value="">Not sure / none of these</option>
              {methods.map((m) => (
                <option key={m.id} value={String(m.id)}>
                  {m.title}
                </option>
              ))}
            </select>
          </Field>
          <Field name="step" label="Step where it failed (optional)" error={state.errors.step}>
            <select id="case-step" name="step" defaultValue={v.step ?? ''} aria-invalid={Boolean(state.errors.step)} aria-describedby={described('step')}>
              <option value="">Not sure</option>
              {methods.map((m) => (
                <optgroup key={m.id} label={m.title}>
                  {m.steps.map((s) => (
                    <option key={s.id} value={String(s.id)}>
                      Step {s.order}: {s.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        </>
      ) : null}
      <Field name="body" label="What happened?" hint="What you tried, what the recorder showed, where it stopped. 20 to 4000 characters." error={state.errors.body}>
        <textarea id="case-body" name="body" required minLength={20} maxLength={4000} rows={6} defaultValue={v.body} aria-invalid={Boolean(state.errors.body)} aria-describedby={described('body', true)} />
      </Field>
      <Submit />
    </form>
  )
}
