import { publishedOrEditors } from '../../access'

/** Readers see the steps of published methods only. */
export const readSteps = publishedOrEditors({ 'method._status': { equals: 'published' } })
