import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Case received', robots: { index: false } }

type Props = { searchParams: Promise<{ back?: string }> }

/** Where the case form sends the reader after a successful post. */
export default async function CaseReceived({ searchParams }: Props) {
  const { back } = await searchParams
  const path = typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : '/'
  return (
    <>
      <h1>Thank you: your case awaits moderation</h1>
      <p>
        A moderator will check it shortly and it will then appear under the guide. If you left your e-mail address and asked to be
        notified, you will hear from us when support answers.
      </p>
      <p>
        <Link href={`${path}#cases`}>Back to the guide</Link>
      </p>
    </>
  )
}
