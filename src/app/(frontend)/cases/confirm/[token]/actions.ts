'use server'

import { redirect } from 'next/navigation'

import { applyLink } from '../../../../../collections/Comments/links'
import { linkPath } from '../../../../../lib/caseLinks'
import { payloadClient } from '../../../../../queries/payload'

/**
 * The button on an e-mail link's page: only this POST changes the case. Then
 * back to a site-relative address: the outcome, or the link's page, which
 * now says why it no longer works.
 */
export async function followCaseLink(form: FormData) {
  const token = String(form.get('token') ?? '')
  const result = await applyLink(await payloadClient(), token)
  redirect(result.ok ? `/cases/received?confirmed=${result.action}` : linkPath(token))
}
