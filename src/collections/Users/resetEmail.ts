import type { PayloadRequest } from 'payload'

import { absoluteUrl } from '../../lib/site'

/**
 * The password-reset e-mail, its link absolute and built from PUBLIC_URL
 * (Payload's own is relative when serverURL is empty, useless in a mail client,
 * and would otherwise come from the request's Host).
 */
export const resetEmailHTML = ({ req, token }: { req?: PayloadRequest; token?: string } = {}) => {
  const link = absoluteUrl(
    `${req?.payload.config.routes.admin ?? '/admin'}/reset/${encodeURIComponent(token ?? '')}`,
  )
  return [
    '<p>Someone (hopefully you) asked to reset the password of your ResetHub account.</p>',
    `<p>Choose a new password here: <a href="${link}">${link}</a></p>`,
    '<p>If you did not ask for this, ignore this e-mail: your password stays as it is.</p>',
  ].join('\n')
}
