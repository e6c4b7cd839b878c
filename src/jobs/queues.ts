/** Payload's job queues: `default` for scheduled publishing, `mail` for every e-mail and the erasure of old addresses. */
export const MAIL_QUEUE = 'mail'
export const QUEUES = ['default', MAIL_QUEUE] as const
