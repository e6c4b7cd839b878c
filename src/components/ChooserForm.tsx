'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useTransition } from 'react'

import { CHOOSER_MARKER } from '../chooser/keys.mjs'
import { type Answers, type AskedQuestion, answersQuery, parseAnswers } from '../chooser/questions'
import { CHOOSER_RESULTS, chooserPath } from '../routes'

/**
 * "Which method fits you?" A plain GET form, so it works with JavaScript off
 * and the result can be shared as a link. Its action carries the result's
 * fragment, so the reload lands there; the server turns its long address
 * ("Not sure" as empty values, the marker) into the short one. With JavaScript
 * the short address is built here, the page updates in place and focus moves
 * to the result.
 */
/**
 * Set when the reader submits; read once the result is on the page. Kept
 * outside the component: the first answer swaps the cached guide for the ranked
 * one (another route), which mounts a new form.
 */
let arriving = false

export function ChooserForm({
  brandSlug,
  questions,
  answers,
}: {
  brandSlug: string
  questions: AskedQuestion[]
  answers: Answers
}) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  // Once the ranked result is on the page, take the reader there.
  useEffect(() => {
    if (pending || !arriving) return
    arriving = false
    const heading = document.querySelector<HTMLElement>(`#${CHOOSER_RESULTS} h2`)
    heading?.focus({ preventScroll: true })
    document.getElementById(CHOOSER_RESULTS)?.scrollIntoView({ block: 'start' })
  }, [pending])

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fields: Record<string, string> = {}
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === 'string') fields[key] = value
    const given = parseAnswers(fields, questions)
    arriving = true
    startTransition(() =>
      router.push(chooserPath(brandSlug, answersQuery(given)), { scroll: false }),
    )
  }

  return (
    <form
      className="chooser"
      action={chooserPath(brandSlug, '')}
      method="get"
      onSubmit={onSubmit}
      aria-busy={pending}
    >
      <input type="hidden" name={CHOOSER_MARKER} value="1" />
      {questions.map((q) => (
        <fieldset key={q.key} className="question">
          <legend>{q.text}</legend>
          {(['yes', 'no', ''] as const).map((value) => (
            <label key={value || 'unsure'}>
              <input
                type="radio"
                name={q.key}
                value={value}
                defaultChecked={(answers[q.key] ?? '') === value}
              />
              {value === 'yes' ? 'Yes' : value === 'no' ? 'No' : 'Not sure'}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={pending}>
        Show the methods that fit
      </button>
    </form>
  )
}
