import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload instance the site reads through (cached by Payload per process). */
export const payloadClient = () => getPayload({ config })
