type CookieOptions = { secure: boolean; sameSite: 'Lax' | 'Strict' }

/**
 * The session cookie's options. HttpOnly is always set by Payload. `Lax` still
 * lets a reader follow a link into the admin while signed in; `Secure` only
 * when the site is served over https, since browsers drop Secure cookies on
 * plain http and nobody could sign in on http://localhost.
 */
export const sessionCookies = (publicUrl: string | undefined): CookieOptions => ({
  secure: /^https:/i.test(publicUrl ?? ''),
  sameSite: 'Lax',
})
