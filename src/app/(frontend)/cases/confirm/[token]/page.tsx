import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { LinkAction } from '../../../../../lib/caseLinks'
import { followCaseLink } from './actions'
import { checkLink } from './check'

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

type Props = { params: Promise<{ token: string }> }

/** Opening an e-mail link (GET or HEAD) only shows this page; its button's POST changes the case. */
export default async function CaseLinkPage({ params }: Props) {
  const { token } = await params
  const check = await checkLink(token)
  if (!check.ok) notFound()
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
