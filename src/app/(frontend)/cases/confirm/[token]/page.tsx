import type { Metadata } from 'next'
import Link from 'next/link'

import { followCaseLink } from '@/actions/followCaseLink'
import { inspectLink } from '@/collections/Comments/links'
import type { LinkAction, LinkProblem } from '@/lib/caseLinks'
import { payloadClient } from '@/queries/payload'
import { GENERAL_GUIDE } from '@/routes'

export const metadata: Metadata = { title: 'Your case', robots: { index: false } }
// Each link is checked against the case as it is now; never cached.
export const dynamic = 'force-dynamic'

const ACTIONS: Record<LinkAction, { title: string; text: string; button: string }> = {
  solved: {
    title: 'Did the answer solve it?',
    text: 'Tell us and your case is marked resolved, so other readers with the same recorder see that this answer worked.',
    button: 'Yes, this solved it',
  },
  stuck: {
    title: 'Still stuck?',
    text: 'Your case opens again and support will look at it once more.',
    button: 'I am still stuck: reopen my case',
  },
  email: {
    title: 'Confirm your e-mail address',
    text: 'Confirm that this address is yours, and support’s answers to your case will be sent to it.',
    button: 'Confirm my address',
  },
}

const PROBLEMS: Record<LinkProblem, { title: string; text: string }> = {
  tampered: {
    title: 'This link is not valid',
    text: 'It does not match a link we sent: it may have been cut short or changed on the way. Open it again from the e-mail, exactly as it is.',
  },
  used: {
    title: 'This link has already been used',
    text: 'Each link in our e-mails works once, and this one did: what you told us was recorded. Nothing more is needed.',
  },
  expired: {
    title: 'This link has expired',
    text: 'Links in our e-mails work for 14 days. If you still need help, open a new case on the guide.',
  },
}

type Props = { params: Promise<{ token: string }> }

/**
 * An e-mail link's page. Opening it (GET or HEAD, as a mail scanner does) only
 * shows it: its button's POST changes the case. A link that no longer works
 * says why, with a way back.
 */
export default async function CaseLinkPage({ params }: Props) {
  const { token } = await params
  const check = await inspectLink(await payloadClient(), token)
  if (!check.ok) {
    const { title, text } = PROBLEMS[check.problem]
    return (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
        <p>
          <Link href={GENERAL_GUIDE}>Open the general guide</Link> or go{' '}
          <Link href="/">back to ResetHub</Link>.
        </p>
      </>
    )
  }
  const { title, text, button } = ACTIONS[check.action]
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <form action={followCaseLink}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{button}</button>
      </form>
    </>
  )
}
