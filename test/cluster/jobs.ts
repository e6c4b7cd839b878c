/**
 * The cluster test's way into Payload's job queue, whose collection no REST
 * client may write: run with scripts/run-ts.mjs on the cluster's DATABASE_URI.
 *
 *   queue <methodId> <ISO time>   schedules the method's publish, prints the job's id
 *   count <methodId> <jobId>      prints how often the method was published, and whether the job completed
 */
import { getPayload } from 'payload'

import config from '../../src/payload.config'

const [command, methodId, arg] = process.argv.slice(2)
const payload = await getPayload({ config })
const id = payload.db.defaultIDType === 'number' ? Number(methodId) : methodId

if (command === 'queue') {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'methods', value: id as number } },
    waitUntil: new Date(arg),
  })
  console.log(JSON.stringify({ job: job.id }))
} else if (command === 'count') {
  const versions = await payload.findVersions({
    collection: 'methods',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 0,
    depth: 0,
  })
  // Payload deletes a job once it completes: no job left means it ran to its end.
  const job = await payload.findByID({
    collection: 'payload-jobs',
    id: payload.db.defaultIDType === 'number' ? Number(arg) : arg,
    depth: 0,
    disableErrors: true,
  })
  const errors = (job?.log ?? []).map((entry) => entry.error).filter(Boolean)
  console.log(
    JSON.stringify({
      publishedVersions: versions.totalDocs,
      completed: !job || Boolean(job.completedAt),
      tried: job?.totalTried ?? null,
      errors,
    }),
  )
} else {
  throw new Error(`unknown command ${command}`)
}
process.exit(0)
