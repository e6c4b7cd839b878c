/**
 * The seeded guides against the rules readers' trust rests on (see
 * test/helpers/contentRules.ts). Each rule runs over today's content and must
 * find nothing; each is also shown to fail on a deliberately broken copy of one
 * method, so that a rule that can no longer fail does not pass unnoticed.
 */
import { describe, expect, test } from '@jest/globals'

import { brands, generalMethods } from '../../src/seed/content'
import type { SeedBrand, SeedMethod } from '../../src/seed/factories'
import { note, step, warning } from '../../src/seed/factories'
import {
  checkedOnADay,
  dataLossLast,
  destructiveNeverTheOnlyWay,
  generalAgreesWithBrands,
  type Guide,
  oneFactOneValue,
  RULES,
  shownWaysAreMethods,
  sourcesArePrecise,
} from '../helpers/contentRules'

const general: Guide = { name: 'General guide', methods: generalMethods }
const guides: Guide[] = [general, ...brands]

const brand = (slug: string): SeedBrand => {
  const found = brands.find((b) => b.slug === slug)
  if (!found) throw new Error(`No seeded brand ${slug}`)
  return found
}
const method = (guide: Guide, slug: string): SeedMethod => {
  const found = guide.methods.find((m) => m.slug === slug)
  if (!found) throw new Error(`No method ${slug} in ${guide.name}`)
  return found
}
/** A copy of a brand with one method changed (or the list replaced). */
const withMethod = (guide: Guide, slug: string, change: (m: SeedMethod) => SeedMethod): Guide => ({
  ...guide,
  methods: guide.methods.map((m) => (m.slug === slug ? change(structuredClone(m)) : m)),
})

describe('today’s content', () => {
  test.each(Object.entries(RULES))('%s: no problem in any guide', (_name, rule) => {
    expect(guides.flatMap(rule)).toEqual([])
  })

  test('generalAgreesWithBrands: the general guide’s brand timings are the brands’ own', () => {
    expect(generalAgreesWithBrands(general, brands)).toEqual([])
  })

  test('the rules see every published method: at least 12 brands with methods of their own', () => {
    expect(brands.filter((b) => b.methods.length > 0).length).toBeGreaterThanOrEqual(12)
  })
})

describe('each rule fails on a broken copy', () => {
  const dahua = brand('dahua')
  const hikvision = brand('hikvision')
  const lorex = brand('lorex')

  describe('sourcesArePrecise', () => {
    test('a method without a source', () => {
      const broken = withMethod(dahua, 'security-questions', (m) => ({ ...m, sources: [] }))
      expect(sourcesArePrecise(broken)).toEqual(['Dahua › security-questions: no source'])
    })

    test('a bare home page', () => {
      const broken = withMethod(dahua, 'support-code', (m) => ({
        ...m,
        sources: [
          ...m.sources,
          { title: 'Dahua Technology', url: 'https://www.dahuasecurity.com/' },
        ],
      }))
      expect(sourcesArePrecise(broken)).toEqual([
        'Dahua › support-code: source is a bare home page: “Dahua Technology” (https://www.dahuasecurity.com/)',
      ])
    })

    test('no source with a page-level address', () => {
      const broken = withMethod(dahua, 'support-code', (m) => ({
        ...m,
        sources: [
          { title: 'Dahua Wiki', url: 'https://dahuawiki.com/' },
          { title: 'A phone call', url: '' },
        ],
      }))
      expect(sourcesArePrecise(broken)).toEqual([
        'Dahua › support-code: source is a bare home page: “Dahua Wiki” (https://dahuawiki.com/)',
        'Dahua › support-code: source without a web address: “A phone call”',
        'Dahua › support-code: no source has a page-level address',
      ])
    })

    test('a manual without its page, in the source or its link', () => {
      const manual = {
        title: 'Dahua XVR Cooper series user’s manual V1.3.0',
        url: 'https://manualshive.com/en/manual/dahua-technology/xvr-cooper-series/3209755',
      }
      const broken = withMethod(dahua, 'security-questions', (m) => ({ ...m, sources: [manual] }))
      expect(sourcesArePrecise(broken)).toEqual([
        'Dahua › security-questions: manual cited without its page: “Dahua XVR Cooper series user’s manual V1.3.0”',
      ])
      // Either the page field or a page in the link is enough.
      expect(
        sourcesArePrecise(
          withMethod(dahua, 'security-questions', (m) => ({
            ...m,
            sources: [{ ...manual, page: '67' }],
          })),
        ),
      ).toEqual([])
      expect(
        sourcesArePrecise(
          withMethod(dahua, 'security-questions', (m) => ({
            ...m,
            sources: [{ ...manual, url: `${manual.url}?page=67` }],
          })),
        ),
      ).toEqual([])
    })

    test('a reseller’s page not labelled third-party, and a page offering a password generator', () => {
      const reseller = {
        title: 'Security Wholesalers (Australian reseller): Reset password for Dahua camera',
        url: 'https://www.securitywholesalers.com.au/faqs/reset-password-for-dahua-camera',
      }
      const generator = {
        title: 'Dahua master password generator',
        url: 'https://example.org/dahua-reset',
        publisher: 'third-party' as const,
      }
      const broken = withMethod(dahua, 'configtool-xml', (m) => ({
        ...m,
        sources: [reseller, generator],
      }))
      expect(sourcesArePrecise(broken)).toEqual([
        'Dahua › configtool-xml: source not labelled third-party: “Security Wholesalers (Australian reseller): Reset password for Dahua camera”',
        'Dahua › configtool-xml: source offers password generators, unofficial firmware or exploits: “Dahua master password generator” (https://example.org/dahua-reset)',
      ])
    })

    test('a relation or a model pattern resting on a home page', () => {
      const broken: Guide = {
        ...brand('annke'),
        relations: [
          {
            kind: 'runs-firmware-of',
            brand: 'hikvision',
            source: { title: 'ANNKE', url: 'https://www.annke.com' },
          },
        ],
      }
      expect(sourcesArePrecise(broken)).toEqual([
        'Annke (relation to hikvision): source is a bare home page: “ANNKE” (https://www.annke.com)',
      ])
      const pattern: Guide = {
        ...dahua,
        modelPatterns: [
          {
            pattern: 'XVR*',
            label: 'recorders',
            source: { title: 'Dahua XVR4 series user manual', url: 'https://example.com/xvr4' },
          },
        ],
      }
      expect(sourcesArePrecise(pattern)).toEqual([
        'Dahua (model pattern XVR*): manual cited without its page: “Dahua XVR4 series user manual”',
      ])
    })
  })

  test('checkedOnADay: a method without its checked date, with a day that does not exist, or one still to come', () => {
    const broken: Guide = {
      ...dahua,
      methods: [
        { ...method(dahua, 'dmss-qr-code'), checkedAt: '' },
        { ...method(dahua, 'security-questions'), checkedAt: '2026-02-30' },
        { ...method(dahua, 'support-code'), checkedAt: '2999-01-01' },
      ],
    }
    expect(checkedOnADay(broken)).toEqual([
      'Dahua › dmss-qr-code: no checkedAt (the day it was last checked against its sources)',
      'Dahua › security-questions: checkedAt “2026-02-30” is not a day (YYYY-MM-DD)',
      'Dahua › support-code: checkedAt “2999-01-01” is still to come',
    ])
  })

  describe('shownWaysAreMethods', () => {
    test('a source shows a way that loses nothing and the brand has no such method', () => {
      // Without its security-questions method, Dahua's manuals still show the questions.
      const broken: Guide = {
        ...dahua,
        methods: dahua.methods.filter((m) => m.kind !== 'security-questions'),
      }
      const problems = shownWaysAreMethods(broken)
      expect(problems.length).toBeGreaterThan(0)
      expect(problems[0]).toMatch(
        /^Dahua › dmss-qr-code: source “Dahua XVR5116HS-I3 user’s manual.*” shows “security-questions”, a way that loses nothing, but Dahua has no security-questions method$/,
      )
    })

    test('every method loses data while a source shows one that need not', () => {
      const broken: Guide = {
        ...hikvision,
        methods: [method(hikvision, 'hik-connect-verification')],
      }
      expect(shownWaysAreMethods(broken)).toEqual([
        'Hikvision › hik-connect-verification: every method of Hikvision loses data, while source “Hikvision, “How to Reset Password of NVR DVR via Hik-Connect App”, v1.0, 16 Sep 2020, pp. 1–4 (copy on Scribd 530866808)” shows “app-qr”, which need not',
        expect.stringMatching(
          /shows “reserved-email”, a way that loses nothing, but Hikvision has no reserved-email method$/,
        ),
        expect.stringMatching(
          /every method of Hikvision loses data, while source “Hikvision iDS-6708NXI.*” shows “app-qr”/,
        ),
        expect.stringMatching(
          /every method of Hikvision loses data, while source “Hikvision help \(2025\).*” shows “app-qr”/,
        ),
      ])
    })

    test('a source showing a reset button asks for no method of its own', () => {
      const guide: Guide = {
        ...dahua,
        methods: dahua.methods.filter((m) => m.kind !== 'reset-button'),
      }
      expect(shownWaysAreMethods(guide)).toEqual([])
    })
  })

  describe('dataLossLast', () => {
    test('the reset button moved first in a brand', () => {
      const broken: Guide = {
        ...dahua,
        methods: [
          method(dahua, 'mainboard-reset-button'),
          ...dahua.methods.filter((m) => m.kind !== 'reset-button'),
        ],
      }
      expect(dataLossLast(broken)).toEqual([
        'Dahua › mainboard-reset-button: loses settings but comes before “dmss-qr-code”, which loses nothing',
      ])
    })

    test('and in the general guide', () => {
      const broken: Guide = { ...general, methods: [...generalMethods].reverse() }
      expect(dataLossLast(broken)).toEqual([
        'General guide › reset-button: loses settings but comes before “contact-support”, which loses nothing',
      ])
    })
  })

  describe('destructiveNeverTheOnlyWay', () => {
    test('the old Dahua summary: “only the mainboard reset button remains”', () => {
      const broken: Guide = {
        ...dahua,
        summary:
          'Use the DMSS app or the security questions. Without an e-mail or security questions, only the mainboard reset button remains.',
      }
      expect(destructiveNeverTheOnlyWay(broken)).toEqual([
        'Dahua: presents a destructive route as the only one, although Dahua has one that loses nothing: “Without an e-mail or security questions, only the mainboard reset button remains.”',
      ])
    })

    test('a method’s summary or step saying a factory reset is the only way', () => {
      const broken = withMethod(hikvision, 'hik-connect-verification', (m) => ({
        ...m,
        summary: 'If nothing was set up, the only way back in is a factory reset.',
        steps: [
          ...m.steps,
          step('No other way', 'Without Hik-Connect you must factory reset the recorder.'),
        ],
      }))
      expect(destructiveNeverTheOnlyWay(broken)).toEqual([
        'Hikvision › hik-connect-verification (summary): presents a destructive route as the only one, although Hikvision has one that loses nothing: “If nothing was set up, the only way back in is a factory reset.”',
        'Hikvision › hik-connect-verification (step 5): presents a destructive route as the only one, although Hikvision has one that loses nothing: “Without Hik-Connect you must factory reset the recorder.”',
      ])
    })

    test('the support card saying support can only factory reset it', () => {
      const broken: Guide = {
        ...dahua,
        support: {
          ...dahua.support,
          policy: 'Dahua support has no other way than a factory reset.',
        },
      }
      expect(destructiveNeverTheOnlyWay(broken)).toEqual([
        'Dahua (support policy): presents a destructive route as the only one, although Dahua has one that loses nothing: “Dahua support has no other way than a factory reset.”',
      ])
    })

    test('“only if”, “last resort” and “touch only the button” order or warn: they pass', () => {
      const fine: Guide = {
        ...dahua,
        summary:
          'Only if neither was set up: a hard reset, which erases all settings. Last resort: the reset button. Touch only the reset button.',
      }
      expect(destructiveNeverTheOnlyWay(fine)).toEqual([])
    })
  })

  describe('oneFactOneValue', () => {
    test('a step gives another validity than the method’s (Hikvision’s 24 h of 2015 against 48 h)', () => {
      const broken = withMethod(hikvision, 'sadp-support-code', (m) => ({
        ...m,
        steps: [
          ...m.steps.slice(0, 3),
          { ...m.steps[3], callouts: [warning('The encrypted file expires after 24 h.')] },
          ...m.steps.slice(4),
        ],
      }))
      expect(oneFactOneValue(broken)).toEqual([
        'Hikvision › sadp-support-code (step 4 warning): says valid “24 h”, its validity says “The key or encrypted file is valid for 48 hours; security codes match the date the recorder shows”: “The encrypted file expires after 24 h.”',
      ])
    })

    test('a summary states a validity the method has no field for', () => {
      const broken = withMethod(dahua, 'dmss-qr-code', (m) => ({ ...m, validity: undefined }))
      expect(oneFactOneValue(broken)).toEqual([
        'Dahua › dmss-qr-code (summary): states a validity of “24 hours” but the method has no validity: “Use the code within 24 hours.”',
        'Dahua › dmss-qr-code (step 3 warning): states a validity of “24 hours” but the method has no validity: “Use the code within 24 hours;”',
      ])
    })

    test('a lockout sentence with another count or duration than the lockout field', () => {
      const broken = withMethod(hikvision, 'guid-key-file', (m) => ({
        ...m,
        steps: [
          m.steps[0],
          {
            ...m.steps[1],
            callouts: [
              note('After 5 wrong files the recorder locks key-file resets for 60 minutes.'),
            ],
          },
          ...m.steps.slice(2),
        ],
      }))
      expect(oneFactOneValue(broken)).toEqual([
        'Hikvision › guid-key-file (step 2 note): lockout of “60 minutes”, its lockout says “7 wrong files lock key-file resets for 30 minutes”: “After 5 wrong files the recorder locks key-file resets for 60 minutes.”',
        'Hikvision › guid-key-file (step 2 note): lockout after 5, its lockout says “7 wrong files lock key-file resets for 30 minutes”: “After 5 wrong files the recorder locks key-file resets for 60 minutes.”',
      ])
    })

    test('a lockout stated in a method with no lockout field', () => {
      const broken = withMethod(hikvision, 'security-questions', (m) => ({
        ...m,
        summary: `${m.summary} Three wrong answers lock the check for 5 minutes.`,
      }))
      expect(oneFactOneValue(broken)).toEqual([
        expect.stringMatching(
          /^Hikvision › security-questions \(summary\): states a lockout but the method has no lockout: /,
        ),
      ])
    })

    test('two methods of one kind give different windows', () => {
      const broken = withMethod(lorex, 'support-temporary-password', (m) => ({
        ...m,
        validity: 'Valid for 24 hours',
        summary: m.summary.replace('valid until the end of the day', 'valid for 24 hours'),
        steps: m.steps.map((s) => ({
          ...s,
          callouts: s.callouts?.map((c) => ({
            ...c,
            text: c.text.replace(
              'valid until the end of the day: use it the same day',
              'valid for 24 hours',
            ),
          })),
        })),
      }))
      expect(oneFactOneValue(broken)).toEqual([
        'Lorex › support-temporary-password: temporary-password valid “Valid for 24 hours”, but “website-temporary-password” (same kind) says “Valid until the end of the day”',
      ])
    })

    test('a brand summary states a window no method’s validity gives', () => {
      const broken: Guide = {
        ...lorex,
        summary: 'A temporary password from the website is valid for 48 hours.',
      }
      expect(oneFactOneValue(broken)).toEqual([
        'Lorex (summary): says valid “48 hours”, which no method’s validity says: “A temporary password from the website is valid for 48 hours.”',
      ])
    })

    test('a duration that is not a validity, in a sentence about validity, passes', () => {
      const fine = withMethod(hikvision, 'reserved-email-qr', (m) => ({
        ...m,
        steps: [
          ...m.steps,
          step(
            'Restart',
            'The code stays valid through this: wait 5 minutes for the reboot. It usually arrives within 5 minutes.',
          ),
        ],
      }))
      expect(oneFactOneValue(fine)).toEqual([])
    })
  })

  describe('generalAgreesWithBrands', () => {
    test('the general guide gives Dahua another button timing than Dahua’s guide', () => {
      const reset = generalMethods.find((m) => m.slug === 'reset-button')!
      const broken: Guide = {
        ...general,
        methods: generalMethods.map((m) =>
          m !== reset
            ? m
            : {
                ...m,
                steps: m.steps.map((s) => ({
                  ...s,
                  body: s.body.map((b) =>
                    b.replace('keep holding 5–10 seconds', 'keep holding 10–15 seconds'),
                  ),
                })),
              },
        ),
      }
      expect(generalAgreesWithBrands(broken, brands)).toEqual([
        'General guide › reset-button (step 2): says “10–15 seconds” for Dahua, which Dahua’s reset-button method does not say: “Dahua recorders that have one (the D-XVR8208A, for example): hold the button while plugging the power back in, and keep holding 10–15 seconds.”',
      ])
    })

    test('a brand timing for a kind the brand has no method of', () => {
      const broken: Guide = {
        ...general,
        methods: [
          {
            ...generalMethods[3],
            steps: [step('Hikvision', 'Hikvision: hold the button for 15 seconds.')],
          },
        ],
      }
      expect(generalAgreesWithBrands(broken, brands)).toEqual([
        'General guide › reset-button (step 1): gives Hikvision’s reset-button timing, but Hikvision has no reset-button method: “Hikvision: hold the button for 15 seconds.”',
      ])
    })
  })
})
