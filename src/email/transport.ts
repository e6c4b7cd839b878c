import nodemailer, { type Transporter } from 'nodemailer'
import type { Payload } from 'payload'

export const FROM_ADDRESS = process.env.MAIL_FROM || 'no-reply@resethub.local'
export const FROM_NAME = process.env.MAIL_FROM_NAME || 'ResetHub'

/** What the mail queue stores and delivers: plain JSON, so a job can hold it. */
export type MailMessage = {
  to: string
  subject: string
  text?: string
  html?: string
  from?: string
}

/** An HTML message as text, links written out (`label (address)`), so a logged message shows them. */
export const htmlToText = (html: string) =>
  html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, label: string) =>
      label.trim() === href ? href : `${label} (${href})`,
    )
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim()

const transports = new Map<string, Transporter>()
const transportFor = (smtpUrl: string) => {
  let transport = transports.get(smtpUrl)
  if (!transport) transports.set(smtpUrl, (transport = nodemailer.createTransport(smtpUrl)))
  return transport
}

/**
 * Delivers one message now: through the SMTP server in SMTP_URL, or, without
 * one, into the log in full (text, HTML and the links), so that no mail is ever
 * dropped without a trace. Only the mail queue calls this (src/jobs/mail.ts);
 * everything else queues.
 */
export const deliver = async (
  payload: Payload,
  message: MailMessage,
  smtpUrl = process.env.SMTP_URL,
) => {
  const from = message.from || `"${FROM_NAME}" <${FROM_ADDRESS}>`
  if (smtpUrl) {
    await transportFor(smtpUrl).sendMail({ ...message, from })
    return
  }
  payload.logger.warn({
    msg: 'SMTP_URL is not set: this e-mail was logged instead of sent.',
    from,
    to: message.to,
    subject: message.subject,
    text: message.text ?? (message.html ? htmlToText(message.html) : ''),
    ...(message.html ? { html: message.html } : {}),
  })
}
