import { BASE_URL } from './browser'

export const ADMIN = { email: 'owner@example.com', password: 'owner password 123', name: 'Owner' }
export const EDITOR = {
  email: 'editor@example.com',
  password: 'editor password 123',
  name: 'Eddie Editor',
}
export const SUPPORT = {
  email: 'support@example.com',
  password: 'support password 123',
  name: 'Sam Support',
}

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })

export const login = async (account: {
  email: string
  password: string
}): Promise<string | null> => {
  const res = await post('/api/users/login', { email: account.email, password: account.password })
  return res.ok ? (await res.json()).token : null
}

/**
 * The admin's token: registers the first account when the database has none
 * (so each browser test file can also run alone).
 */
export const adminToken = async (): Promise<string> => {
  const existing = await login(ADMIN)
  if (existing) return existing
  const res = await post('/api/users/first-register', { ...ADMIN, confirmPassword: ADMIN.password })
  if (!res.ok)
    throw new Error(
      `Cannot sign in as ${ADMIN.email} nor register the first account (${res.status}).`,
    )
  return (await login(ADMIN))!
}

const staffToken = async (account: typeof EDITOR, role: 'editor' | 'support'): Promise<string> => {
  const existing = await login(account)
  if (existing) return existing
  const res = await post('/api/users', { ...account, roles: [role] }, await adminToken())
  if (res.status !== 201)
    throw new Error(`Creating the ${role} account failed: ${res.status} ${await res.text()}`)
  return (await login(account))!
}

/** The editor's token, creating the account through the admin when it does not exist yet. */
export const editorToken = () => staffToken(EDITOR, 'editor')

/** A support agent's token, likewise. */
export const supportToken = () => staffToken(SUPPORT, 'support')
