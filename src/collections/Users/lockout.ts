/** Wrong passwords in a row that lock an account, and for how long. */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 10
