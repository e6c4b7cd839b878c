import crypto from 'node:crypto'

/** Shortest password an account may have (Payload alone asks for 3 characters). */
export const MIN_PASSWORD_LENGTH = 12

export const passwordTooShortMessage = `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`

/** True for a password that is given but shorter than the minimum (an absent one is Payload's to report). */
export const isPasswordTooShort = (password: unknown): boolean =>
  typeof password === 'string' && password !== '' && password.length < MIN_PASSWORD_LENGTH

// Payload's current hash: PBKDF2-SHA256, 600 000 iterations, 32-byte key
// (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const dummySalt = crypto.randomBytes(32).toString('hex')

/**
 * Hashes the password as checking it against a stored hash would, and throws
 * the result away: a login for an unknown or locked account then takes as long
 * as a wrong password, so timing does not tell whether an account exists.
 */
export const spendPasswordCheckTime = (password: string): Promise<void> =>
  new Promise((resolve, reject) =>
    crypto.pbkdf2(password, dummySalt, ITERATIONS, KEY_LENGTH, 'sha256', (error) =>
      error ? reject(error) : resolve(),
    ),
  )
