import { cache } from 'react'

import { inspectLink } from '../../../../../collections/Comments/links'
import { payloadClient } from '../../../../../queries/payload'

/** One look per request at an e-mail link, shared by the layout and the page. Changes nothing. */
export const checkLink = cache(async (token: string) => inspectLink(await payloadClient(), token))
