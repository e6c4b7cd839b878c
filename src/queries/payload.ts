import { getPayload } from 'payload'

import config from '@payload-config'

/** The one Payload instance the site reads through (cached by Payload per process). */
export const payloadClient = () => getPayload({ config })
