'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { useFormStatus } from 'react-dom'

import {
  CASE_FIELDS,
  type CaseField,
  type CaseFormBrand,
  type CaseFormState,
} from '@/actions/caseForm'
import { submitCase } from '@/actions/submitCase'

import { CASE_FORM_ID, caseFormPath } from '../routes'

import { ModelHint } from './ModelHint'

export type CaseFormMethod = {
  id: number | string
  title: string
  steps: { id: number | string; order: number; title: string }[]
}

const INITIAL: CaseFormState = { errors: {}, values: {} }

const inputId = (name: CaseField) => `case-${name}`
const errorId = (name: CaseField) => `case-${name}-error`
const hintId = (name: CaseField) => `case-${name}-hint`
const matchId = 'case-deviceModel-match'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? 'Sending…' : 'Send my case'}
    </button>
  )
}

function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: CaseField
  label: string
  hint?: string
  error?: string
  children: React.ReactNode
}) {
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={inputId(name)}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId(name)}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={errorId(name)}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  )
}

/**
 * The problems of a failed submission, at the top of the form (the GOV.UK error
 * summary): each links to its field; a problem of the whole form (too many cases
 * for now) is said in words.
 */
function ErrorSummary({
  state,
  fields,
  summary,
}: {
  state: CaseFormState
  fields: CaseField[]
  summary: React.RefObject<HTMLDivElement | null>
}) {
  const problems = fields.filter((name) => state.errors[name])
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="case-errors-title"
      tabIndex={-1}
      ref={summary}
    >
      <h4 id="case-errors-title">There is a problem</h4>
      {state.formError ? <p>{state.formError}</p> : null}
      {problems.length ? (
        <ul>
          {problems.map((name) => (
            <li key={name}>
              <a href={`#${inputId(name)}`}>{state.errors[name]}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/**
 * "Still stuck? Describe your case." A plain form that posts without
 * JavaScript and comes back at itself (the address's fragment) when something
 * is wrong; with JavaScript it answers in place, the button shows progress and
 * focus goes to the list of problems.
 */
export function CaseForm({
  brand,
  methods,
  back,
}: {
  brand?: CaseFormBrand
  methods: CaseFormMethod[]
  back: string
}) {
  // The permalink is the form's address without JavaScript: this page, at the form.
  const [state, action] = useActionState(submitCase, INITIAL, caseFormPath(back))
  const summary = useRef<HTMLDivElement>(null)
  const shown = CASE_FIELDS.filter(
    (name) => methods.length || (name !== 'method' && name !== 'step'),
  )
  const failed = Boolean(state.formError) || shown.some((name) => state.errors[name])
  useEffect(() => {
    if (failed) summary.current?.focus()
  }, [state, failed])

  const v = state.values
  const [model, setModel] = useState(v.deviceModel ?? '')
  // A new answer from the server (the form shown again) brings the model it kept: set while rendering,
  // as React advises for state that follows a prop, rather than in an effect one render late.
  const [answered, setAnswered] = useState(state)
  if (answered !== state) {
    setAnswered(state)
    setModel(state.values.deviceModel ?? '')
  }
  const marked = (name: CaseField, hint = false) => ({
    id: inputId(name),
    name,
    'aria-invalid': state.errors[name] ? true : undefined,
    'aria-describedby':
      [
        hint ? hintId(name) : '',
        name === 'deviceModel' ? matchId : '',
        state.errors[name] ? errorId(name) : '',
      ]
        .filter(Boolean)
        .join(' ') || undefined,
  })

  return (
    <form
      action={action}
      className="case-form"
      id={CASE_FORM_ID}
      aria-labelledby="case-form-title"
      noValidate
    >
      {failed ? <ErrorSummary state={state} fields={shown} summary={summary} /> : null}
      <input type="hidden" name="brand" value={brand?.id ?? ''} />
      <input type="hidden" name="back" value={back} />
      {/* Hidden from people; a bot that fills it in is quietly ignored. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="case-website">Leave this empty</label>
        <input id="case-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <Field name="authorName" label="Your name" error={state.errors.authorName}>
        <input
          {...marked('authorName')}
          required
          maxLength={80}
          defaultValue={v.authorName}
          autoComplete="name"
        />
      </Field>
      <Field
        name="authorEmail"
        label="E-mail (optional, never shown)"
        hint="Only to tell you when support answers."
        error={state.errors.authorEmail}
      >
        <input
          {...marked('authorEmail', true)}
          type="email"
          maxLength={254}
          defaultValue={v.authorEmail}
          autoComplete="email"
        />
      </Field>
      <div className="field">
        <label className="check">
          <input type="checkbox" name="notifyOnReply" defaultChecked /> Notify me by e-mail when
          support answers
        </label>
      </div>
      <Field
        name="deviceModel"
        label="Recorder model"
        hint={
          brand?.modelExample
            ? `From the label, for example ${brand.modelExample}.`
            : 'From the label on the recorder.'
        }
        error={state.errors.deviceModel}
      >
        <input
          {...marked('deviceModel', true)}
          maxLength={80}
          defaultValue={v.deviceModel}
          onChange={(event) => setModel(event.currentTarget.value)}
        />
        <ModelHint
          model={model}
          initial={state.modelMatches ?? []}
          brandSlug={brand?.slug ?? null}
          id={matchId}
        />
      </Field>
      <Field name="firmware" label="Firmware (optional)" error={state.errors.firmware}>
        <input {...marked('firmware')} maxLength={80} defaultValue={v.firmware} />
      </Field>
      {methods.length ? (
        <>
          <Field name="method" label="Method you tried" error={state.errors.method}>
            <select {...marked('method')} defaultValue={v.method ?? ''}>
              <option value="">Not sure / none of these</option>
              {methods.map((m) => (
                <option key={m.id} value={String(m.id)}>
                  {m.title}
                </option>
              ))}
            </select>
          </Field>
          <Field name="step" label="Step where it failed (optional)" error={state.errors.step}>
            <select {...marked('step')} defaultValue={v.step ?? ''}>
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
      <Field
        name="body"
        label="What happened?"
        hint="What you tried, what the recorder showed, where it stopped. 20 to 4000 characters."
        error={state.errors.body}
      >
        <textarea
          {...marked('body', true)}
          required
          minLength={20}
          maxLength={4000}
          rows={6}
          defaultValue={v.body}
        />
      </Field>
      <Submit />
    </form>
  )
}
