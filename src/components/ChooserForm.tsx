'use client'

import { useRouter } from 'next/navigation'
import { useTransition } from 'react'

import { type Answers, LOSS_QUESTION, QUESTIONS } from '../chooser/questions'

const ALL_QUESTIONS = [...QUESTIONS, LOSS_QUESTION]

/**
 * "Which method fits you?" A plain GET form, so it works with JavaScript off
 * and the result can be shared as a link; with JavaScript on, the page updates
 * in place as answers change.
 */
export function ChooserForm({ action, answers }: { action: string; answers: Answers }) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) if (value) params.set(key, String(value))
    startTransition(() => router.replace(`${action}?${params}#chooser-results`, { scroll: false }))
  }

  return (
    <form className="chooser" action={action} method="get" onChange={onChange} aria-busy={pending}>
      <input type="hidden" name="choose" value="1" />
      {ALL_QUESTIONS.map((q) => (
        <fieldset key={q.key} className="question">
          <legend>{q.text}</legend>
          {(['yes', 'no', ''] as const).map((value) => (
            <label key={value || 'unsure'}>
              <input type="radio" name={q.key} value={value} defaultChecked={(answers[q.key] ?? '') === value} />
              {value === 'yes' ? 'Yes' : value === 'no' ? 'No' : 'Not sure'}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit">Show the methods that fit</button>
    </form>
  )
}
