import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

const FROM_ADDRESS = process.env.MAIL_FROM || 'no-reply@resethub.local'
const FROM_NAME = process.env.MAIL_FROM_NAME || 'ResetHub'

/**
 * Sends through the SMTP server in SMTP_URL with nodemailer.
 * (@payloadcms/email-nodemailer is not published for this Payload version, and
 * Payload refuses mixed versions of its own packages, so the adapter is here.)
 */
const smtpEmailAdapter =
  (smtpUrl: string): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      name: 'smtp',
      defaultFromAddress: FROM_ADDRESS,
      defaultFromName: FROM_NAME,
      sendEmail: async (message) =>
        transport.sendMail({ from: `"${FROM_NAME}" <${FROM_ADDRESS}>`, ...message }),
    }
  }

/**
 * With no SMTP_URL every message is written to the log in full, so that no
 * mail is ever dropped without a trace.
 */
const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: FROM_ADDRESS,
  defaultFromName: FROM_NAME,
  sendEmail: async (message) => {
    payload.logger.warn({
      msg: 'SMTP_URL is not set: this e-mail was logged instead of sent.',
      to: message.to,
      subject: message.subject,
      text: message.text,
    })
    return { logged: true }
  },
})

export const emailAdapter = (smtpUrl = process.env.SMTP_URL): EmailAdapter =>
  smtpUrl ? smtpEmailAdapter(smtpUrl) : logEmailAdapter
