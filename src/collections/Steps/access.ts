import { publishedOrEditors } from '../../access'

/** Readers see the steps of published methods that are general or belong to a published brand. */
export const readSteps = publishedOrEditors({
  and: [
    { 'method._status': { equals: 'published' } },
    {
      or: [
        { 'method.brand': { exists: false } },
        { 'method.brand._status': { equals: 'published' } },
      ],
    },
  ],
})
