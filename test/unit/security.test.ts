import { afterEach, describe, expect, test } from '@jest/globals'

import { contentSecurityPolicy, scriptFiles, securityHeaders } from '../../server/security.mjs'

describe('headers', () => {
  const saved = process.env.PUBLIC_URL
  afterEach(() => {
    process.env.PUBLIC_URL = saved
  })

  test('no HSTS and no upgrade over http', () => {
    process.env.PUBLIC_URL = 'http://localhost:3000'
    expect(securityHeaders()['Strict-Transport-Security']).toBeUndefined()
    expect(contentSecurityPolicy()).not.toMatch(/upgrade-insecure-requests/)
  })

  test('HSTS and upgrade-insecure-requests when the public address is https', () => {
    process.env.PUBLIC_URL = 'https://resethub.example'
    expect(securityHeaders()['Strict-Transport-Security']).toMatch(/max-age=31536000/)
    expect(contentSecurityPolicy()).toMatch(/upgrade-insecure-requests/)
  })

  test("inline scripts only by their hashes, files only from Next's build output on the public origin; no inline or eval", () => {
    process.env.PUBLIC_URL = 'https://resethub.example/'
    const csp = contentSecurityPolicy(["'sha256-abc='", "'sha256-def='"])
    expect(csp).toMatch(
      /(^|; )script-src 'sha256-abc=' 'sha256-def=' https:\/\/resethub\.example\/_next\/static\/(;|$)/,
    )
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*(unsafe-inline|'self')/)
    expect(contentSecurityPolicy()).toMatch(
      /(^|; )script-src https:\/\/resethub\.example\/_next\/static\/(;|$)/,
    )
  })

  test('without a public address, script files from this origin', () => {
    delete process.env.PUBLIC_URL
    expect(scriptFiles()).toBe("'self'")
    process.env.PUBLIC_URL = 'not a url'
    expect(scriptFiles()).toBe("'self'")
  })
})
