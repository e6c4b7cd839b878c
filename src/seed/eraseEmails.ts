/** `npm run erase-emails`: erases readers' addresses from long-resolved cases (for a daily cron). */
import { getPayload } from 'payload'

import config from '@payload-config'

import { eraseOldEmails, eraseAfterDays } from '../collections/Comments/erase'

const payload = await getPayload({ config })
try {
  const erased = await eraseOldEmails(payload)
  payload.logger.info(
    `Erased the e-mail address of ${erased} case(s) resolved more than ${eraseAfterDays()} days ago.`,
  )
} finally {
  await payload.destroy()
}
