'use server'

import { redirect } from 'next/navigation'

import { applyLink } from '@/collections/Comments/links'
import { payloadClient } from '@/queries/payload'
import { caseLinkPath, caseReceivedPath } from '@/routes'

/**
 * The button on an e-mail link's page: only this POST changes the case. Then
 * back to a site-relative address: the outcome, or the link's page, which
 * now says why it no longer works.
 */
export async function followCaseLink(form: FormData) {
  const token = String(form.get('token') ?? '')
  const result = await applyLink(await payloadClient(), token)
  redirect(result.ok ? caseReceivedPath({ confirmed: result.action }) : caseLinkPath(token))
}
