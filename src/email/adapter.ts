import type { EmailAdapter } from 'payload'

import { queueEmailOutside } from '../jobs/mail'

import { FROM_ADDRESS, FROM_NAME, type MailMessage } from './transport'

const address = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(address).join(', ')
    : typeof value === 'object' && value && 'address' in value
      ? String(value.address)
      : String(value ?? '')

/**
 * Payload's own mails (password resets) are handed to the mail queue, never
 * sent on the spot: Payload sends them inside its write transaction, and a
 * slow mail server would hold every writer up. The queue delivers them once
 * the write is committed, with retries (src/jobs/mail.ts).
 */
export const emailAdapter =
  (): EmailAdapter =>
  ({ payload }) => ({
    name: 'queue',
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    sendEmail: async (message) => {
      const queued: MailMessage = {
        to: address(message.to),
        subject: String(message.subject ?? ''),
        ...(typeof message.text === 'string' ? { text: message.text } : {}),
        ...(typeof message.html === 'string' ? { html: message.html } : {}),
        ...(message.from ? { from: address(message.from) } : {}),
      }
      queueEmailOutside(payload, queued)
      return { queued: true }
    },
  })
