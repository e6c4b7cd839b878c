import { afterEach, describe, expect, test } from '@jest/globals'

import { contentSecurityPolicy, nonceStamper, securityHeaders } from '../../server/security.mjs'

const stampAll = (chunks: (string | Buffer)[], nonce = 'N') => {
  const stamper = nonceStamper(nonce)
  return chunks.map((c) => stamper.push(c)).join('') + stamper.end()
}

describe('nonce stamping', () => {
  test('every script tag gets the nonce, other tags and text do not', () => {
    const html = '<script>a()</script><SCRIPT src="/x.js"></SCRIPT><scripts></scripts><p>&lt;script&gt;</p><script\nasync src="/y.js"></script>'
    expect(stampAll([html])).toBe(
      '<script nonce="N">a()</script><SCRIPT nonce="N" src="/x.js"></SCRIPT><scripts></scripts><p>&lt;script&gt;</p><script nonce="N"\nasync src="/y.js"></script>',
    )
  })

  test('a tag cut between two chunks, at any point, is stamped once', () => {
    const html = '<p>x</p><script src="/a.js"></script><p>y</p>'
    const whole = stampAll([html])
    for (let cut = 0; cut <= html.length; cut++) expect(stampAll([html.slice(0, cut), html.slice(cut)])).toBe(whole)
  })

  test('a character split between two byte chunks survives', () => {
    const bytes = Buffer.from('<p>Übersicht – ☃</p><script></script>')
    const whole = stampAll([bytes])
    for (let cut = 0; cut <= bytes.length; cut++) expect(stampAll([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(whole)
  })
})

describe('headers', () => {
  const saved = process.env.PUBLIC_URL
  afterEach(() => {
    process.env.PUBLIC_URL = saved
  })

  test('no HSTS and no upgrade over http', () => {
    process.env.PUBLIC_URL = 'http://localhost:3000'
    expect(securityHeaders('n')['Strict-Transport-Security']).toBeUndefined()
    expect(contentSecurityPolicy('n')).not.toMatch(/upgrade-insecure-requests/)
  })

  test('HSTS and upgrade-insecure-requests when the public address is https', () => {
    process.env.PUBLIC_URL = 'https://resethub.example'
    expect(securityHeaders('n')['Strict-Transport-Security']).toMatch(/max-age=31536000/)
    expect(contentSecurityPolicy('n')).toMatch(/upgrade-insecure-requests/)
  })

  test('scripts only from this origin or with the nonce; no inline or eval', () => {
    const csp = contentSecurityPolicy('abc')
    expect(csp).toMatch(/script-src 'self' 'nonce-abc'(;|$)/)
    expect(csp).not.toMatch(/unsafe-eval/)
  })
})
