/**
 * PAYLOAD_SECRET signs sessions. Without it every route would answer 500, so a
 * production server refuses to start and says how to set one.
 */
export const requireSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  const secret = env.PAYLOAD_SECRET
  if (secret) return secret
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string, for example: ' +
        'PAYLOAD_SECRET=$(openssl rand -hex 32) npm start (or put it in .env).',
    )
  }
  // Development and tests only: `npm run dev` writes a real one into .env.
  return 'resethub-development-secret-not-for-production'
}
