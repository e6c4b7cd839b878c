import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { ADMIN, adminToken, editorToken } from './accounts'
import { BASE_URL, launch, signIn } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const GUIDE = '/brands/hikvision'
const scriptSrc = (csp: string) => /(?:^|; )script-src ([^;]*)/.exec(csp)?.[1].split(' ') ?? []
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** The executable inline scripts of a page, as the browser reads them. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=|application\/ld\+json/.test(attributes))
    .map(([, , text]) => text)

const api = async (path: string, init: { method?: string; token: string; body?: unknown }) => {
  const res = await fetch(`${BASE_URL}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${init.token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  assert.ok(res.ok, `${init.method ?? 'GET'} ${path}: ${res.status}`)
  return res.json()
}

describe('security headers', () => {
  for (const path of [
    '/',
    GUIDE,
    '/brands/hikvision/guid-key-file',
    '/search?q=reset',
    '/admin/login',
    '/api/brands?limit=1',
  ]) {
    test(`${path} carries the headers`, async () => {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      const csp = res.headers.get('content-security-policy') ?? ''
      const sources = scriptSrc(csp)
      // Script files only from Next's build output on the public origin; inline scripts only by hash.
      assert.equal(sources.at(-1), `${BASE_URL}/_next/static/`)
      for (const source of sources.slice(0, -1))
        assert.match(source, /^'sha256-[A-Za-z0-9+/]{43}='$/)
      assert.doesNotMatch(csp, /script-src[^;]*('unsafe-|'nonce-|'self')|unsafe-eval/)
      assert.match(csp, /frame-ancestors 'self'/)
      assert.match(csp, /object-src 'none'/)
      assert.match(csp, /base-uri 'self'/)
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin')
      assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN')
      assert.equal(res.headers.get('x-powered-by'), null)
      // The public address here is http: no HSTS (a unit test covers https).
      assert.equal(res.headers.get('strict-transport-security'), null)
    })
  }

  test('every inline script Next wrote is listed by its hash, and nothing else is', async () => {
    for (const path of ['/', GUIDE, '/search?q=reset', '/admin/login']) {
      const res = await fetch(`${BASE_URL}${path}`)
      const listed = scriptSrc(res.headers.get('content-security-policy') ?? '').slice(0, -1)
      const scripts = inlineScripts(await res.text())
      assert.ok(scripts.length >= 2, `${path} has inline scripts`)
      assert.deepEqual(new Set(listed), new Set(scripts.map(sha256)), path)
    }
  })
})

describe('pages a shared cache may keep', () => {
  const SHARED = /^public, max-age=0, s-maxage=1, stale-while-revalidate=\d+$/

  test('a guide page: shared Cache-Control, and the same policy and strong ETag for every answer of one version', async () => {
    const answers = []
    for (const encoding of ['br', 'br', 'gzip', 'identity'])
      answers.push(await fetch(`${BASE_URL}${GUIDE}`, { headers: { 'accept-encoding': encoding } }))
    const [a, b, gzip, identity] = answers
    for (const res of answers) {
      assert.equal(res.status, 200)
      assert.match(res.headers.get('cache-control') ?? '', SHARED)
      assert.match(res.headers.get('etag') ?? '', /^"[\w-]{22}(-br|-gzip)?"$/)
      assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/)
      assert.equal(
        res.headers.get('content-security-policy'),
        a.headers.get('content-security-policy'),
      )
    }
    assert.equal(a.headers.get('content-encoding'), 'br')
    assert.equal(gzip.headers.get('content-encoding'), 'gzip')
    assert.equal(b.headers.get('etag'), a.headers.get('etag'))
    const tag = identity.headers.get('etag')!
    assert.equal(a.headers.get('etag'), tag.replace(/"$/, '-br"'))
    assert.equal(gzip.headers.get('etag'), tag.replace(/"$/, '-gzip"'))
    const bodies = await Promise.all(answers.map((res) => res.text()))
    for (const body of bodies) assert.equal(body, bodies[0])
  })

  test('a matching If-None-Match gets 304 with the same ETag and headers, no body', async () => {
    const first = await fetch(`${BASE_URL}${GUIDE}`)
    await first.arrayBuffer()
    const etag = first.headers.get('etag')!
    const again = await fetch(`${BASE_URL}${GUIDE}`, { headers: { 'if-none-match': etag } })
    assert.equal(again.status, 304)
    assert.equal(await again.text(), '')
    assert.equal(again.headers.get('etag'), etag)
    for (const name of ['cache-control', 'content-security-policy', 'vary'])
      assert.equal(again.headers.get(name), first.headers.get(name), name)
  })

  test('a publish is a new version: a new ETag, live at once', async () => {
    const token = await adminToken()
    const brand = (await api('/brands?where[slug][equals]=hikvision&depth=0', { token })).docs[0]
    const before = await fetch(`${BASE_URL}${GUIDE}`)
    await before.arrayBuffer()
    const marker = `checked ${Date.now()}`
    try {
      await api(`/brands/${brand.id}`, {
        method: 'PATCH',
        token,
        body: { summary: `${brand.summary} (${marker})` },
      })
      const after = await fetch(`${BASE_URL}${GUIDE}`, {
        headers: { 'if-none-match': before.headers.get('etag')! },
      })
      assert.equal(after.status, 200)
      assert.ok((await after.text()).includes(marker), 'the new version')
      assert.notEqual(after.headers.get('etag'), before.headers.get('etag'))
      assert.match(after.headers.get('cache-control') ?? '', SHARED)
    } finally {
      await api(`/brands/${brand.id}`, { method: 'PATCH', token, body: { summary: brand.summary } })
    }
  })

  test('signed-in staff and draft mode get private answers', async () => {
    const token = await editorToken()
    const staff = await fetch(`${BASE_URL}${GUIDE}`, {
      headers: { cookie: `payload-token=${token}` },
    })
    assert.equal(staff.headers.get('cache-control'), 'private, no-cache')

    const enter = await fetch(`${BASE_URL}/preview?path=${GUIDE}`, {
      redirect: 'manual',
      headers: { Authorization: `JWT ${token}` },
    })
    assert.equal(enter.status, 307)
    const cookie = [
      ...enter.headers.getSetCookie().map((c) => c.split(';')[0]),
      `payload-token=${token}`,
    ].join('; ')
    assert.match(cookie, /__prerender_bypass=/)
    const draft = await fetch(`${BASE_URL}${GUIDE}`, { headers: { cookie } })
    assert.equal(draft.status, 200)
    assert.match(draft.headers.get('cache-control') ?? '', /^private/)
    assert.match(draft.headers.get('cache-control') ?? '', /no-store/)
    assert.equal(draft.headers.get('etag'), null)
  })

  test("the chooser's answers, search, the admin and the API are not shared", async () => {
    for (const path of [
      `${GUIDE}?email=no`,
      '/search?q=reset',
      '/admin/login',
      '/api/brands?limit=1',
    ]) {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      assert.doesNotMatch(res.headers.get('cache-control') ?? 'no-store', /public|s-maxage/, path)
    }
  })
})

/** Content-Security-Policy violations the page reports while `action` runs. */
const violations = async (page: Page, action: () => Promise<unknown>) => {
  const found: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) found.push(msg.text())
  })
  await action()
  return found
}

/** Values the injected code would have set, were it run. */
const injectedRan = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return [w.__injected, w.__handler, w.__url, w.__content]
  })

describe('the policy in Chromium', () => {
  test('public pages work under it, with JavaScript, and report no violation', async () => {
    const page = await browser.newPage()
    const found = await violations(page, async () => {
      await page.goto(`${BASE_URL}/`)
      await page
        .getByRole('link', { name: /Hikvision/ })
        .first()
        .click()
      await page.waitForURL(/\/brands\/hikvision$/)
      // Hydrated: a client link navigates without a full load.
      await page.getByRole('link', { name: /GUID/ }).first().click()
      await page.waitForURL(/guid-key-file/)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.goto(`${BASE_URL}/search?q=reset`)
      await page.getByRole('heading', { level: 1 }).waitFor()
    })
    assert.deepEqual(found, [])
    await page.close()
  })

  test('the admin works under it and reports no violation', async () => {
    await adminToken()
    const { context, page } = await signIn(browser, ADMIN)
    const found = await violations(page, async () => {
      await page.goto(`${BASE_URL}/admin/collections/methods`)
      await page
        .getByRole('link', { name: /Create new/i })
        .first()
        .waitFor()
      await page.goto(`${BASE_URL}/admin/collections/brands`)
      await page.locator('.table, .collection-list').first().waitFor()
    })
    assert.deepEqual(found, [])
    await context.close()
  })

  test('an injected inline script, event handler or javascript: URL does not run', async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}${GUIDE}`)
    await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = "script"'
      document.body.append(script)
      const img = document.createElement('img')
      img.setAttribute('onerror', 'window.__handler = "ran"')
      img.src = '/no-such-image.png'
      document.body.append(img)
      const link = document.createElement('a')
      link.href = 'javascript:window.__url = "ran"'
      document.body.append(link)
      link.click()
      await new Promise((r) => setTimeout(r, 500))
    })
    assert.deepEqual(await injectedRan(page), [undefined, undefined, undefined, undefined])
    await page.close()
  })

  test("a <script> that reached the page's HTML another way does not run, while Next's own do", async () => {
    const page = await browser.newPage()
    // The server's answer, headers untouched, with scripts slipped into the content, one of them dressed as Next's.
    await page.route(`${BASE_URL}${GUIDE}`, async (route) => {
      const res = await route.fetch()
      const html = (await res.text()).replace(
        '<main id="main">',
        '<main id="main"><script>window.__content = "ran"</script><script>self.__next_f.push([1,""]);window.__content = "ran"</script>',
      )
      // The body goes as text: without the server's encoding and length.
      const headers = res.headers()
      delete headers['content-encoding']
      delete headers['content-length']
      await route.fulfill({ status: res.status(), headers, body: html })
    })
    const found = await violations(page, async () => {
      await page.goto(`${BASE_URL}${GUIDE}`)
      // Next's scripts ran: the page hydrates and a client link navigates.
      await page.getByRole('link', { name: /GUID/ }).first().click()
      await page.waitForURL(/guid-key-file/)
    })
    assert.deepEqual(await injectedRan(page), [undefined, undefined, undefined, undefined])
    assert.ok(found.length >= 2, `the injected scripts were refused: ${found.join('\n')}`)
    await page.close()
  })
})

describe('API requests are checked before Payload, in the running server (src/proxy.ts)', () => {
  const MB = 1024 * 1024
  const send = async (path: string, body: BodyInit, headers: Record<string, string>) => {
    const res = await fetch(`${BASE_URL}/api${path}`, {
      method: 'POST',
      headers,
      body,
      duplex: 'half',
    } as RequestInit)
    const text = await res.text()
    return { status: res.status, message: String(JSON.parse(text).errors?.[0]?.message ?? text) }
  }
  /** `size` bytes sent in 64 KB chunks with no Content-Length (chunked transfer). */
  const chunked = (size: number) => {
    let sent = 0
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = Math.min(64 * 1024, size - sent)
        if (chunk <= 0) return controller.close()
        sent += chunk
        controller.enqueue(new Uint8Array(chunk).fill(120))
      },
    })
  }
  const json = { 'Content-Type': 'application/json' }

  test('a body that is not JSON, or nests too deep, is a 400 that says so', async () => {
    const broken = await send('/comments', '{"body": ', json)
    assert.equal(broken.status, 400)
    assert.match(broken.message, /not valid JSON/)
    const deep = await send('/comments', '{"a":'.repeat(100) + '1' + '}'.repeat(100), json)
    assert.equal(deep.status, 400)
    assert.match(deep.message, /nests deeper than 32 levels/)
  })

  test('a JSON body past 1 MB is a 413; a chunked body, of unknown length, a 411', async () => {
    const declared = await send('/comments', 'x'.repeat(2 * MB), json)
    assert.equal(declared.status, 413)
    assert.match(declared.message, /larger than 1 MB/)
    // Small, so the client has sent it all before the server ends the connection: the length unknown is what is refused (8-stall.e2e.ts streams endlessly).
    const streamed = await send('/comments', chunked(64 * 1024), json)
    assert.equal(streamed.status, 411)
    assert.match(streamed.message, /Content-Length/)
  })

  test('an upload past the 10 MB Next copies for a proxy by default is checked whole, not cut short', async () => {
    const boundary = 'resethubboundary'
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`
    const body = Buffer.concat([
      Buffer.from(head),
      Buffer.alloc(10.5 * MB, 120),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const res = await send('/media', body, {
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      Authorization: `JWT ${await editorToken()}`,
    })
    // Cut short, the form could not be read (400); whole, it is a file past Media's limit.
    assert.equal(res.status, 413, res.message)
    assert.match(res.message, /larger than 10 MB/)
  })

  test('GraphQL: JSON only, and a query too deep is a 400 before Payload runs it', async () => {
    const plain = await send('/graphql', '{ Brands { totalDocs } }', {
      'Content-Type': 'text/plain',
    })
    assert.equal(plain.status, 415)
    assert.match(plain.message, /Send the GraphQL request as JSON/)
    const deep =
      '{ Brands { docs { ' + 'methods { docs { '.repeat(8) + 'id' + ' } }'.repeat(8) + ' } } }'
    const res = await send('/graphql', JSON.stringify({ query: deep }), json)
    assert.equal(res.status, 400)
    assert.match(res.message, /nests deeper than 12 levels/)
  })
})
