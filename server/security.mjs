/**
 * Security headers for every answer of the production server, and the
 * Content-Security-Policy built from a page's own scripts.
 *
 * Scripts run only when they are Next's: inline ones by the SHA-256 of their text
 * (server/scriptHashes.mjs lists those of Next's shapes, server/pageAnswers.mjs sets
 * the policy per version of a page, so it is the same for every answer of that
 * version and a shared cache may keep it), files only from Next's build output. What
 * the policy blocks: any other inline script, inline event handlers and
 * `javascript:` URLs (no 'unsafe-inline'), scripts from anywhere else, eval,
 * plugins, a foreign <base>, forms posting elsewhere, and framing by other sites.
 */

/** Where Next serves its built scripts (no assetPrefix is configured). */
const BUILD_OUTPUT = '/_next/static/'

const https = () => (process.env.PUBLIC_URL ?? '').startsWith('https:')

/**
 * Script files: Next's build output on the site's public origin. A path needs a host,
 * and the Host of a request is the client's to choose (a shared cache would keep a
 * policy naming someone else's), so it comes from PUBLIC_URL; without it, this origin.
 */
export const scriptFiles = () => {
  try {
    return `${new URL(process.env.PUBLIC_URL ?? '').origin}${BUILD_OUTPUT}`
  } catch {
    return "'self'"
  }
}

/** The policy for an answer whose allowed inline scripts are `hashes` ('sha256-…' sources). Styles stay inline-capable: React and the admin set style attributes. */
export const contentSecurityPolicy = (hashes = []) =>
  [
    "default-src 'self'",
    `script-src ${[...hashes, scriptFiles()].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    // The admin's live preview frames the site's own pages, nobody else may.
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https() ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

/** The headers every answer carries (an HTML answer's policy then lists its scripts); HSTS only when the public address is https. */
export const securityHeaders = () => ({
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  ...(https() ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
})

/** Sets the headers on `res`, and drops X-Powered-By whoever added it. */
export const secureResponse = (res) => {
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value)
  const writeHead = res.writeHead
  res.writeHead = function (...args) {
    res.removeHeader('x-powered-by')
    return writeHead.apply(this, args)
  }
}
