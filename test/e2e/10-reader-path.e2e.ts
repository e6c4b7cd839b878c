/**
 * The reader's path on a brand's guide, on a phone, with JavaScript on and
 * again off: the methods on the first screen, a chooser that asks only what
 * tells the methods apart and lands on the best fit under a short address,
 * and "Did this work?" that answers where the reader is.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

import { questionsFor } from '../../src/chooser/questions'
import { dahua } from '../../src/seed/content/dahua'
import { hikvision } from '../../src/seed/content/hikvision'

import { editorToken } from './accounts'
import { BASE_URL, launch, screenshot } from './browser'

const PHONE = { width: 390, height: 844 }

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const html = async (path: string) => (await fetch(`${BASE_URL}${path}`)).text()

/** Text as a reader sees it (markup and the RSC payload removed). */
const visibleText = (body: string) =>
  body
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    // React's markers between adjacent text parts are not spaces.
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

/** Whether the element is wholly inside the window, as it stands. */
const inViewport = async (locator: Locator, page: Page) => {
  const box = await locator.boundingBox()
  const size = page.viewportSize()!
  return Boolean(
    box &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= size.height &&
    box.x + box.width <= size.width,
  )
}

const open = async (context: BrowserContext, path: string, javaScript: boolean) => {
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  // With JavaScript, wait for hydration, so the forms run as they would for a reader who waited.
  if (javaScript) await page.waitForLoadState('networkidle')
  return page
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'JavaScript on' : 'JavaScript off'

  describe(`a brand's guide on a phone, ${mode}`, () => {
    let context: BrowserContext
    before(async () => {
      context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript })
    })
    after(async () => context?.close())

    test('a link to one of its methods is on the first screen', async () => {
      const page = await open(context, '/brands/hikvision', javaScript)
      const links = page.locator('.method-cards a[href^="/brands/hikvision/"]')
      assert.ok(
        await inViewport(links.first(), page),
        'the first method’s link is visible without scrolling',
      )
      let visible = 0
      for (const link of await links.all()) if (await inViewport(link, page)) visible++
      console.log(`${mode}: ${visible} method links on the first screen`)
      // One tap from its steps: the card leads to the method's own page.
      await links.first().click()
      await page.waitForURL(/\/brands\/hikvision\/guid-key-file$/)
      await page.getByRole('heading', { level: 1, name: 'Import the GUID key file' }).waitFor()
      await screenshot(page, `reader-method-${javaScript ? 'js' : 'nojs'}-390`)
      await page.close()
    })

    test('the chooser lands on the best fit, marked as such, under a short address', async () => {
      const page = await open(context, '/brands/hikvision', javaScript)
      await screenshot(page, `reader-brand-${javaScript ? 'js' : 'nojs'}-390`)
      const question = (text: RegExp) => page.getByRole('group', { name: text })
      await question(/export a key file/)
        .getByLabel('No', { exact: true })
        .check()
      await question(/recovery \(reserved\) e-mail/)
        .getByLabel('No', { exact: true })
        .check()
      await page.getByRole('button', { name: 'Show the methods that fit' }).click()
      await page.waitForURL(/keyfile=no/)

      const url = new URL(page.url())
      assert.equal(
        url.search,
        '?email=no&keyfile=no',
        'only the answered questions, no empty parameter, no marker',
      )
      assert.equal(url.hash, '#chooser-results')

      // Security questions: nothing lost and done on the spot (rank.ts), the key file and e-mail ruled out.
      const best = page.locator('.best-fit')
      await best.waitFor()
      assert.equal(await page.locator('.best-fit').count(), 1)
      assert.match(await best.innerText(), /Best fit[\s\S]*Answer the three security questions/i)
      // Also to screen readers: the label is text inside the card's heading.
      await page
        .getByRole('heading', { level: 3, name: /Best fit.*Answer the three security questions/ })
        .waitFor()
      if (javaScript)
        await page.waitForFunction(() => document.activeElement?.id === 'methods-title') // focus moved to the result
      assert.ok(await inViewport(best, page), 'the best fit is on the screen after the answer')

      // The ruled-out methods are folded, each with its reason.
      const folded = page.locator('details.ruled-out')
      assert.equal(await folded.getAttribute('open'), null)
      const reason = folded.getByText(
        'Needs: a key file exported earlier, which you said you don’t have.',
      )
      assert.equal(await reason.isVisible(), false)
      await folded.getByText('Ruled out by your answers (2)').click()
      await reason.waitFor()
      assert.ok(await folded.getByRole('link', { name: 'Import the GUID key file' }).isVisible())
      await screenshot(page, `reader-chooser-${javaScript ? 'js' : 'nojs'}-390`)
      await page.close()
    })

    test('"Did this work?" answers at the method', async () => {
      const page = await open(context, '/brands/hikvision', javaScript)
      const feedback = page.locator('#sadp-support-code-feedback')
      await feedback.getByRole('button', { name: 'Yes, it worked' }).click()
      // With JavaScript the note the action returned; without, the page's note for the address's target.
      const thanks = feedback.locator('.feedback-said-thanks, .feedback-note-thanks:target')
      await thanks.waitFor()
      assert.match(await thanks.innerText(), /Thank you for telling us\./)
      const url = new URL(page.url())
      assert.equal(url.pathname, '/brands/hikvision', 'still on the same guide')
      if (javaScript) {
        assert.equal(url.hash, '', 'answered in place: the address did not change')
        assert.equal(
          await feedback.locator('[aria-live="polite"] .feedback-said-thanks').count(),
          1,
          'announced politely',
        )
        assert.equal(await feedback.locator('form').count(), 0, 'the thanks replace the form')
      } else {
        assert.equal(url.hash, '#sadp-support-code-feedback-thanks', 'back at the method')
        assert.equal(
          await feedback.locator('form').isVisible(),
          false,
          'the thanks replace the form',
        )
      }
      assert.ok(await inViewport(thanks, page), 'the thanks are on the screen')
      await screenshot(page, `reader-feedback-${javaScript ? 'js' : 'nojs'}-390`)
      await page.close()
    })

    if (javaScript) {
      // A reader who taps while the page is still starting up, on a slow phone: before hydration the
      // form posts as a plain form, during it React runs the action at once. Either way an answer shows.
      test('"Did this work?" answers a tap made while the page is still loading', async () => {
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
        await page.goto(`${BASE_URL}/brands/hikvision`, { waitUntil: 'commit' })
        const feedback = page.locator('#sadp-support-code-feedback')
        await feedback.getByRole('button', { name: 'Yes, it worked' }).click()
        const thanks = feedback.locator('.feedback-said-thanks, .feedback-note-thanks:target')
        await thanks.waitFor()
        assert.match(await thanks.innerText(), /Thank you for telling us\./)
        assert.equal(new URL(page.url()).pathname, '/brands/hikvision', 'still on the same guide')
        await cdp.detach()
        await page.close()
      })
    }

    test('"Did this work?" says clearly when an answer cannot be kept', async () => {
      const page = await open(context, '/brands/dahua/dmss-qr-code', javaScript)
      const feedback = page.locator('#feedback')
      // A method that does not exist (deleted while the page was open, or a tampered form).
      await feedback.locator('input[name="method"]').evaluate((input) => {
        ;(input as HTMLInputElement).value = '987654321'
      })
      await feedback.getByRole('button', { name: 'Yes, it worked' }).click()
      const note = feedback.locator('.feedback-said-invalid, .feedback-note-invalid:target')
      await note.waitFor()
      assert.match(await note.innerText(), /That answer could not be saved\./)
      assert.equal(new URL(page.url()).pathname, '/brands/dahua/dmss-qr-code')
      // The form stays, to try again.
      assert.ok(await feedback.getByRole('button', { name: 'Yes, it worked' }).isVisible())
      await page.close()
    })
  })
}

describe('the chooser asks only what tells the brand’s methods apart', () => {
  const legends = async (path: string) => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}${path}`)
    const texts = await page.locator('form.chooser legend').allInnerTexts()
    await page.close()
    return texts
  }

  test('Dahua has no key-file method, so no key-file question', async () => {
    const asked = await legends('/brands/dahua')
    assert.deepEqual(
      asked,
      questionsFor(dahua.methods).map((q) => q.text),
    )
    assert.ok(!asked.some((q) => /key file/i.test(q)), 'no key-file question')
    assert.ok(
      !asked.some((q) => /current password/i.test(q)),
      'no question none of its methods needs',
    )
  })

  test('Hikvision has one, so it is asked', async () => {
    const asked = await legends('/brands/hikvision')
    assert.deepEqual(
      asked,
      questionsFor(hikvision.methods).map((q) => q.text),
    )
    assert.ok(asked.some((q) => /key file/i.test(q)))
  })

  test('a brand with a single method has no chooser at all', async () => {
    const body = await html('/brands/honeywell')
    assert.ok(!body.includes('Which method fits you?'))
    assert.ok(body.includes('href="/brands/honeywell/security-questions"'))
  })

  test('a long address is answered with the short one, the fragment kept', async () => {
    for (const [from, to] of [
      [
        '/brands/hikvision?choose=1&password=&email=no&keyfile=&loss=no',
        '/brands/hikvision?email=no&loss=no#chooser-results',
      ],
      ['/brands/hikvision?loss=no&email=no', '/brands/hikvision?email=no&loss=no#chooser-results'],
      // Dahua is not asked about key files: the answer is dropped.
      ['/brands/dahua?choose=1&keyfile=no', '/brands/dahua#chooser-results'],
    ]) {
      const res = await fetch(`${BASE_URL}${from}`, { redirect: 'manual' })
      assert.equal(res.status, 307, from)
      const location = new URL(res.headers.get('location')!, BASE_URL)
      assert.equal(`${location.pathname}${location.search}${location.hash}`, to)
    }
    // The short address itself is answered at once, and not indexed.
    const short = await fetch(`${BASE_URL}/brands/hikvision?email=no&loss=no`, {
      redirect: 'manual',
    })
    assert.equal(short.status, 200)
    assert.match(await short.text(), /<meta name="robots" content="noindex, follow"/)
  })
})

describe('copy that fits its page', () => {
  test('a brand page says nothing meant for the general guide', async () => {
    for (const path of ['/brands/hikvision', '/brands/dahua', '/brands/uniview']) {
      const text = visibleText(await html(path))
      assert.ok(!/find your brand first/i.test(text), `${path}: no “find your brand first”`)
      assert.ok(!/depending on the brand/i.test(text), `${path}: no “depending on the brand”`)
    }
  })

  test('a or an by sound in the headline', async () => {
    const page = await browser.newPage()
    for (const [path, headline] of [
      ['/brands/amcrest', 'Reset an Amcrest recorder password'],
      ['/brands/ezviz', 'Reset an EZVIZ recorder password'],
      ['/brands/hikvision', 'Reset a Hikvision recorder password'],
      ['/brands/uniview', 'Reset a Uniview recorder password'],
    ]) {
      await page.goto(`${BASE_URL}${path}`)
      await page.getByRole('heading', { level: 1, name: headline, exact: true }).waitFor()
    }
    await page.close()
  })

  test('a brand without methods of its own says so once and leads straight to the general methods', async () => {
    const page = await browser.newPage({ viewport: PHONE })
    await page.goto(`${BASE_URL}/brands/uniview`)
    const text = await page.locator('main').innerText()
    assert.equal(text.match(/Uniview-specific/g)?.length, 1, 'said once')
    assert.equal(text.match(/could be sourced yet/g)?.length, 1, 'and nowhere else')
    assert.equal(
      await page.locator('.general-label').count(),
      0,
      'no “General method” label on every method again',
    )
    // Right after the notice, the general methods, the first on the first screen.
    const notice = page.locator('.ways .notice')
    const first = page.locator('.method-cards a').first()
    assert.equal(await first.getAttribute('href'), '/brands/uniview/change-in-menu')
    // Its advice (what to do, whom to ask) comes first, then the general methods.
    assert.ok((await notice.boundingBox())!.y < (await first.boundingBox())!.y)
    await screenshot(page, 'reader-uniview-390')
    await page.close()
  })

  test('a brand with no support details shows no support card', async () => {
    const token = await editorToken()
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const created = await fetch(`${BASE_URL}/api/brands`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Ozmo', slug: 'ozmo-reader-path', _status: 'published' }),
    })
    assert.equal(created.status, 201)
    const { doc } = await created.json()
    try {
      const text = visibleText(await html('/brands/ozmo-reader-path'))
      assert.ok(text.includes('Reset an Ozmo recorder password'))
      assert.ok(!text.includes('Ozmo support'), 'no support card')
      assert.ok(!text.includes('What to send'))
      assert.ok(
        text.includes(
          'No Ozmo-specific procedure is documented here yet. These general methods work on most recorders.',
        ),
      )
      // Uniview has a website: its card is there, and the notice points to it.
      const uniview = await html('/brands/uniview')
      assert.ok(visibleText(uniview).includes('Uniview support'))
      assert.match(
        uniview.replace(/<!-- -->/g, ''),
        /<a href="#support">Uniview support<\/a> can confirm/,
      )
    } finally {
      await fetch(`${BASE_URL}/api/brands/${doc.id}`, { method: 'DELETE', headers })
    }
  })
})

describe('the guide on a desktop', () => {
  for (const javaScript of [true, false]) {
    test(`screenshots at 1280 px, ${javaScript ? 'JavaScript on' : 'JavaScript off'}`, async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        javaScriptEnabled: javaScript,
      })
      const page = await open(context, '/brands/hikvision?email=no&keyfile=no', javaScript)
      const best = page.locator('.best-fit')
      assert.ok(await inViewport(best, page), 'the best fit is on the screen')
      await screenshot(page, `reader-chooser-${javaScript ? 'js' : 'nojs'}-1280`)
      await context.close()
    })
  }
})
