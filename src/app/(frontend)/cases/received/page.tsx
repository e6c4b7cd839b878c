import type { Metadata } from 'next'
import Link from 'next/link'

import { safePath } from '@/lib/safePath'

export const metadata: Metadata = { title: 'Case received', robots: { index: false } }

type Props = { searchParams: Promise<{ back?: string; confirmed?: string }> }

/** Where the case form sends the reader after a post, and an answer e-mail's links after a click. */
export default async function CaseReceived({ searchParams }: Props) {
  const { back, confirmed } = await searchParams
  const path = safePath(back)
  if (confirmed === 'email') {
    return (
      <>
        <h1>Thank you: your address is confirmed</h1>
        <p>When support answers your case, the answer will be sent to it.</p>
        <p>
          <Link href="/">Back to ResetHub</Link>
        </p>
      </>
    )
  }
  if (confirmed === 'solved' || confirmed === 'stuck') {
    return (
      <>
        <h1>
          {confirmed === 'solved'
            ? 'Glad it worked: your case is marked resolved'
            : 'Your case is open again'}
        </h1>
        <p>
          {confirmed === 'solved'
            ? 'Thank you for telling us. Other readers with the same recorder will see that this answer worked.'
            : 'Support will look at it again. You can add details by opening a new case on the guide.'}
        </p>
        <p>
          <Link href="/">Back to ResetHub</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Thank you: your case awaits moderation</h1>
      <p>
        A moderator will check it shortly and it will then appear under the guide. If you left your
        e-mail address and asked to be notified, we have sent you an e-mail to confirm it first:
        once you confirm, you will hear from us when support answers.
      </p>
      <p>
        <Link href={`${path}#cases`}>Back to the guide</Link>
      </p>
    </>
  )
}
