/** Next.js calls this once when a server starts (development or production). */
export async function register() {
  // Only the Node.js server runs jobs; a build starts workers that must not.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { publicUrlWarning } = await import('./lib/site')
  const warning = publicUrlWarning()
  if (warning) console.warn(`\n*** ${warning}\n`)
  // With REDIS_URL, connect now, so the first requests find Redis ready.
  const { sharedRedis } = await import('./shared/redis.mjs')
  sharedRedis()
  const { startScheduler } = await import('./jobs/scheduler')
  startScheduler()
}
