import assert from 'node:assert/strict'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { editorToken } from './accounts'
import { BASE_URL, launch, screenshot } from './browser'
import { PUBLIC_URL } from './server'

const require = createRequire(import.meta.url)
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const html = async (path: string) => {
  const res = await fetch(`${BASE_URL}${path}`)
  return { status: res.status, body: await res.text() }
}

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const res = await fetch(`${BASE_URL}/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
  })
  return { status: res.status, body: await res.json() }
}

/** Text content as a reader sees it (markup and RSC payload removed). */
const visibleText = (body: string) =>
  body
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

describe('pages without JavaScript', () => {
  test('home: search box, every brand, the general guide', async () => {
    const { status, body } = await html('/')
    assert.equal(status, 200)
    assert.match(body, /action="\/search"/)
    for (const brand of ['Hikvision', 'Dahua', 'Uniview'])
      assert.match(body, new RegExp(`href="/brands/${brand.toLowerCase()}"`))
    assert.match(body, /href="\/guide"/)
  })

  test('the Hikvision guide holds its methods, steps, badges, support card, JSON-LD and canonical link', async () => {
    const { status, body } = await html('/brands/hikvision')
    assert.equal(status, 200)
    const text = visibleText(body)
    for (const expected of [
      'Import the GUID key file',
      'Reserved e-mail: scan the QR code',
      'Code or file from support through SADP',
      'Get the code with the app or by e-mail',
      'The code is valid for 48 hours',
      'No data lost',
      'All settings lost',
      'Hikvision support',
      'What to send',
      'Which method fits you?',
    ]) {
      assert.ok(text.includes(expected), `page shows “${expected}”`)
    }
    assert.match(body, /<ol class="steps">/)
    assert.match(body, new RegExp(`<link rel="canonical" href="${PUBLIC_URL}/brands/hikvision"`))
    const ld = [
      ...body.matchAll(/<script[^>]* type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => JSON.parse(m[1]))
    const graph = ld.flatMap((d) => d['@graph'] ?? [d])
    assert.ok(
      graph.some(
        (n) => n['@type'] === 'HowTo' && n.name === 'Import the GUID key file' && n.step.length > 0,
      ),
    )
    assert.ok(graph.some((n) => n['@type'] === 'BreadcrumbList'))
    assert.match(body, /property="og:image"/)
  })

  test('a method page stands alone, with its steps and the support card', async () => {
    const { status, body } = await html('/brands/dahua/dmss-qr-code')
    assert.equal(status, 200)
    const text = visibleText(body)
    assert.ok(text.includes('Scan the QR code in DMSS'))
    assert.ok(text.includes('Use the code within 24 hours'))
    assert.ok(text.includes('Dahua support'))
    assert.equal((body.match(/<h1[\s>]/g) ?? []).length, 1)
  })

  test('Uniview shows the general methods, labelled general', async () => {
    const text = visibleText((await html('/brands/uniview')).body)
    assert.ok(text.includes('General method'))
    assert.ok(text.includes('Use the reset button (factory reset)'))
  })

  test('the chooser ranks by the answers in the address', async () => {
    const { status, body } = await html('/brands/hikvision?email=no&loss=no')
    assert.equal(status, 200)
    const text = visibleText(body)
    assert.ok(text.includes('Methods for your situation'))
    const order = [
      'Import the GUID key file',
      'Reserved e-mail: scan the QR code',
      'Verify through Hik-Connect',
    ].map((t) => text.indexOf(`${t} `))
    assert.ok(order[0] < order[1] && order[0] < order[2], 'fitting methods come first')
    assert.ok(
      text.includes('Needs: a recovery e-mail set up earlier, which you said you don’t have.'),
    )
    assert.ok(text.includes('All settings lost, and you don’t want to lose settings.'))
  })

  test('search, the general guide, sitemap and robots', async () => {
    const search = await html('/search?q=LTS')
    assert.equal(search.status, 200)
    assert.match(search.body, /href="\/brands\/lts"/)
    assert.equal(
      (await html('/search?q=' + encodeURIComponent('<script>alert(1)</script>'))).status,
      200,
    )

    const guide = visibleText((await html('/guide')).body)
    for (const t of ['Before you start', 'Change it in the menu', 'Avoid getting locked out again'])
      assert.ok(guide.includes(t))

    const sitemap = (await html('/sitemap.xml')).body
    const brands = (await api('/brands?limit=100&depth=0')).body.docs
    for (const brand of brands)
      assert.ok(
        sitemap.includes(`${PUBLIC_URL}/brands/${brand.slug}<`),
        `sitemap has ${brand.slug}`,
      )
    const methods = (await api('/methods?limit=200&depth=1&where[brand][exists]=true')).body.docs
    for (const m of methods)
      assert.ok(sitemap.includes(`/brands/${m.brand.slug}/${m.slug}<`), `sitemap has ${m.slug}`)

    const robots = (await html('/robots.txt')).body
    assert.match(robots, new RegExp(`Sitemap: ${PUBLIC_URL}/sitemap.xml`))
  })

  test('an address that matches no page gets a helpful 404, as plain HTML', async () => {
    const { status, body } = await html('/no/such/page')
    assert.equal(status, 404)
    assert.ok(visibleText(body).includes('We could not find that page'))
    assert.match(body, /action="\/search"/)
    assert.match(body, /href="\/brands\/dahua"/)
  })

  test('unknown brands and methods answer 404', async () => {
    for (const path of ['/brands/no-such-brand', '/brands/hikvision/no-such-method']) {
      assert.equal((await html(path)).status, 404, path)
    }
  })
})

describe('publishing', () => {
  test('a step edited through REST is on the public page within a second; unpublishing answers 404', async () => {
    const token = await editorToken()
    const page = '/brands/hikvision/guid-key-file'
    assert.equal((await html(page)).status, 200) // cached before the edit
    const method = (await api('/methods?where[slug][equals]=guid-key-file&depth=0')).body.docs[0]
    const step = (
      await api(`/steps?where[method][equals]=${method.id}&where[order][equals]=1&depth=0`)
    ).body.docs[0]
    const title = 'Plug in the USB stick (edited through REST)'

    const edit = await api(`/steps/${step.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ title }),
    })
    assert.equal(edit.status, 200)
    const answered = Date.now()
    let seenAfter = Infinity
    while (Date.now() - answered < 5000) {
      if ((await html(page)).body.includes(title)) {
        seenAfter = Date.now() - answered
        break
      }
    }
    console.log(`edit visible after ${seenAfter} ms`)
    assert.ok(seenAfter <= 1000, `edit visible within 1 s (took ${seenAfter} ms)`)
    assert.ok((await html('/brands/hikvision')).body.includes(title), 'and on the brand guide')

    const unpublish = await api(`/methods/${method.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ _status: 'draft' }),
    })
    assert.equal(unpublish.status, 200)
    assert.equal((await html(page)).status, 404)
    assert.ok(!(await html('/sitemap.xml')).body.includes(page))
    assert.ok(
      !visibleText((await html('/brands/hikvision')).body).includes('Import the GUID key file'),
    )

    const republish = await api(`/methods/${method.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ _status: 'published' }),
    })
    assert.equal(republish.status, 200)
    assert.equal((await html(page)).status, 200)
  })
  test('editors preview drafts through /preview; readers never see them', async () => {
    const token = await editorToken()
    const dahua = (await api('/brands?where[slug][equals]=dahua&depth=0')).body.docs[0]
    const title = 'Draft method seen only in preview'
    const created = await api('/methods?draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({
        title,
        slug: 'draft-seen-only-in-preview',
        brand: dahua.id,
        kind: 'other',
        dataLoss: 'none',
        _status: 'draft',
      }),
    })
    assert.equal(created.status, 201)
    assert.ok(!(await html('/brands/dahua')).body.includes(title), 'readers do not see the draft')

    assert.equal(
      (await fetch(`${BASE_URL}/preview?path=/brands/dahua`, { redirect: 'manual' })).status,
      401,
    )
    const outside = await fetch(`${BASE_URL}/preview?path=//evil.example`, {
      redirect: 'manual',
      headers: { Authorization: `JWT ${token}` },
    })
    assert.equal(outside.status, 400)

    const enter = await fetch(`${BASE_URL}/preview?path=/brands/dahua`, {
      redirect: 'manual',
      headers: { Authorization: `JWT ${token}` },
    })
    assert.equal(enter.status, 307)
    const cookie = enter.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const previewed = await fetch(`${BASE_URL}/brands/dahua`, {
      headers: { cookie, Authorization: `JWT ${token}` },
    })
    assert.ok((await previewed.text()).includes(title), 'the editor sees the draft')
    // The draft-mode cookie alone, without an editor's session, shows nothing unpublished.
    assert.ok(
      !(await (await fetch(`${BASE_URL}/brands/dahua`, { headers: { cookie } })).text()).includes(
        title,
      ),
    )
    assert.ok(!(await html('/brands/dahua')).body.includes(title), 'and readers still do not')
    await api(`/methods/${created.body.doc.id}`, { method: 'DELETE', token })
  })
})

describe('in the browser', () => {
  test('home → brand → method', async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('link', { name: /Dahua/ }).first().click()
    await page.getByRole('heading', { level: 1, name: /Dahua/ }).waitFor()
    // The method's card, first on the page, links to its own page (as the heading of its steps further down does).
    await page
      .getByRole('heading', { level: 3, name: 'Scan the QR code in DMSS' })
      .first()
      .getByRole('link')
      .click()
    await page.getByRole('heading', { level: 1, name: 'Scan the QR code in DMSS' }).waitFor()
    assert.match(page.url(), /\/brands\/dahua\/dmss-qr-code$/)
    await page.close()
  })

  test('an unknown brand shows the helpful 404 in the browser', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${BASE_URL}/brands/no-such-brand`)
    assert.equal(response?.status(), 404)
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor()
    await page.locator('main').getByRole('search').waitFor()
    await page.close()
  })

  const answerChooser = async (page: Page) => {
    const question = (text: RegExp) => page.getByRole('group', { name: text })
    await question(/recovery \(reserved\) e-mail/)
      .getByLabel('No', { exact: true })
      .check()
    await question(/willing to lose all settings/)
      .getByLabel('No', { exact: true })
      .check()
  }

  // The methods ruled out are folded, with their reasons (test/e2e/10-reader-path checks where the result lands).
  const ruledOutReasons = async (page: Page) => {
    const folded = page.locator('details.ruled-out')
    await folded.getByText('Ruled out by your answers').click()
    await folded.getByText('which you said you don’t have').first().waitFor()
    await folded.getByText('and you don’t want to lose settings').first().waitFor()
  }

  test('the chooser with JavaScript off posts a plain form and comes back under the short address', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/brands/hikvision`)
    await answerChooser(page)
    await page.getByRole('button', { name: 'Show the methods that fit' }).click()
    await page.waitForURL(/email=no/)
    assert.equal(new URL(page.url()).search, '?email=no&loss=no')
    await ruledOutReasons(page)
    await context.close()
  })

  test('the chooser with JavaScript on updates in place', async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}/brands/hikvision`)
    await page.waitForLoadState('networkidle')
    await answerChooser(page)
    await page.getByRole('button', { name: 'Show the methods that fit' }).click()
    await page.waitForURL(/loss=no/)
    assert.equal(new URL(page.url()).search, '?email=no&loss=no')
    await ruledOutReasons(page)
    await page.close()
  })

  test('search from the home page', async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}/`)
    await page.getByLabel('Search the guides').fill('GUID')
    // The page's own search box (the header has one too).
    await page.locator('main').getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/search\?q=GUID/)
    await page.getByRole('link', { name: 'Import the GUID key file' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Import the GUID key file' }).waitFor()
    await page.close()
  })

  const PAGES = [
    ['home', '/'],
    ['guide', '/guide'],
    ['brand', '/brands/hikvision'],
    ['method', '/brands/hikvision/reserved-email-qr'],
    ['search', '/search?q=qr%20code'],
  ] as const

  for (const [name, path] of PAGES) {
    test(`${name}: no serious accessibility problem; screenshots at 390 and 1280 px`, async () => {
      for (const width of [390, 1280]) {
        // axe is injected as an inline script, which the site's policy rightly refuses: the check's own page bypasses it.
        const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true })
        await page.goto(`${BASE_URL}${path}`)
        await page.waitForLoadState('networkidle')
        await screenshot(page, `${name}-${width}`)
        if (width === 1280) {
          await page.addScriptTag({ content: AXE_SOURCE })
          const violations = await page.evaluate(async () => {
            const result = await (
              window as unknown as {
                axe: {
                  run: () => Promise<{
                    violations: { id: string; impact: string; nodes: unknown[] }[]
                  }>
                }
              }
            ).axe.run()
            return result.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              count: v.nodes.length,
            }))
          })
          const serious = violations.filter(
            (v) => v.impact === 'serious' || v.impact === 'critical',
          )
          assert.deepEqual(serious, [], `${path}: ${JSON.stringify(violations)}`)
        }
        await page.close()
      }
    })
  }
})
