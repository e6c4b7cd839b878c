import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const MISSING_SECRET_MESSAGE =
  'PAYLOAD_SECRET is not set, so the server will not start.\n' +
  'Set it to a long random string, for example:\n' +
  '  echo "PAYLOAD_SECRET=$(openssl rand -hex 32)" >> .env\n' +
  'or pass it in the environment: PAYLOAD_SECRET=… npm start'

/**
 * Makes sure PAYLOAD_SECRET is set. Production (`start`) refuses without one;
 * development and local builds write a new random one into `<root>/.env`.
 * Returns an error message, or null when all is well.
 *
 * @param {string} root
 * @param {'dev' | 'build' | 'start' | 'seed'} mode
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export const ensureSecret = (root, mode, env = process.env) => {
  if (env.PAYLOAD_SECRET) return null
  if (mode === 'start') return MISSING_SECRET_MESSAGE
  const secret = crypto.randomBytes(32).toString('hex')
  const envFile = path.join(root, '.env')
  const before = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : ''
  const separator = before && !before.endsWith('\n') ? '\n' : ''
  fs.writeFileSync(envFile, `${before}${separator}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  env.PAYLOAD_SECRET = secret
  console.log('Wrote a new PAYLOAD_SECRET to .env (keep it private; it signs logins).')
  return null
}
