import type { CollectionConfig } from 'payload'

/**
 * Brands and methods: drafts saved as the editor types, versions to compare
 * and restore, and publish or unpublish at a chosen time (Payload's job queue,
 * run by src/jobs/scheduler.ts).
 */
export const DRAFTS = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
