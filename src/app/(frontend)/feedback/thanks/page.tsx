import type { Metadata } from 'next'
import Link from 'next/link'
import { safePath } from '../../../../lib/safePath'

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } }

type Props = { searchParams: Promise<{ result?: string; back?: string }> }

const MESSAGES: Record<string, [string, string]> = {
  thanks: ['Thank you for telling us', 'Your answer helps support see which methods work and which need fixing.'],
  later: ['Thank you: we already have your answers', 'You have sent many answers in a short time. Please try again later.'],
  invalid: ['That answer could not be saved', 'The method was not found. Go back to the guide and try again.'],
}

export default async function FeedbackThanks({ searchParams }: Props) {
  const { result = 'thanks', back } = await searchParams
  const [title, text] = MESSAGES[result] ?? MESSAGES.thanks
  const path = safePath(back)
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link href={path}>Back to the guide</Link>
      </p>
    </>
  )
}
