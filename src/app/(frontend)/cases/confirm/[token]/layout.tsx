import Link from 'next/link'
import type React from 'react'

import type { LinkProblem } from '../../../../../lib/caseLinks'
import { checkLink } from './check'

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

type Props = { children: React.ReactNode; params: Promise<{ token: string }> }

/**
 * An e-mail link's page. A link that does not work says why here, around the
 * page's 404 (a layout can read the link; a not-found boundary cannot), so the
 * answer is the site's own page with a 4xx status.
 */
export default async function CaseLinkLayout({ children, params }: Props) {
  const check = await checkLink((await params).token)
  if (check.ok) return children
  const { title, text } = PROBLEMS[check.problem]
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link href="/guide">Open the general guide</Link> or go <Link href="/">back to ResetHub</Link>.
      </p>
      {children}
    </>
  )
}
