import { describe, expect, test } from '@jest/globals'

import { CHOOSER_KEYS } from '../../src/chooser/keys.mjs'
import { safestFirst } from '../../src/chooser/order'
import {
  type Answers,
  answersQuery,
  LOSS_QUESTION,
  parseAnswers,
  QUESTIONS,
  questionsFor,
} from '../../src/chooser/questions'
import { rankMethods, type RankableMethod } from '../../src/chooser/rank'
import {
  DATA_LOSS,
  METHOD_KINDS,
  type MethodKind,
  REQUIREMENTS,
  REQUIREMENTS_SHORT,
  type Requirement,
} from '../../src/collections/Methods/options'
import { dahua } from '../../src/seed/content/dahua'
import { generalMethods } from '../../src/seed/content/general'
import { hikvision } from '../../src/seed/content/hikvision'

let nextId = 0
const method = (
  kind: MethodKind,
  requirements: Requirement[] = [],
  dataLoss: RankableMethod['dataLoss'] = 'none',
  order = 10,
): RankableMethod => ({
  id: ++nextId,
  title: `${kind} ${requirements.join('+')}`,
  kind,
  requirements,
  dataLoss,
  order,
})

const questionFor = (requirement: Requirement) =>
  QUESTIONS.find((q) => q.rulesOut.includes(requirement))

describe('every requirement has a question that can rule it out', () => {
  test.each(Object.keys(REQUIREMENTS) as Requirement[])('%s', (requirement) => {
    const question = questionFor(requirement)
    expect(question).toBeDefined()
    const needs = method('other', [requirement])
    const free = method('other')
    const { fits, ruledOut } = rankMethods([needs, free], { [question!.key]: 'no' })
    expect(fits).toEqual([free])
    expect(ruledOut).toHaveLength(1)
    expect(ruledOut[0].method).toBe(needs)
    expect(ruledOut[0].reasons.join(' ')).toContain(REQUIREMENTS[requirement].slice(1, 12))
    // "yes" and no answer rule nothing out.
    expect(rankMethods([needs], { [question!.key]: 'yes' }).fits).toEqual([needs])
    expect(rankMethods([needs], {}).fits).toEqual([needs])
  })
})

describe('every method kind is ranked', () => {
  test.each(Object.keys(METHOD_KINDS) as MethodKind[])(
    '%s fits when nothing rules it out',
    (kind) => {
      const m = method(kind)
      expect(rankMethods([m], {}).fits).toEqual([m])
    },
  )

  test('quick methods come before waiting for support, a reset button in between', () => {
    const support = method('support-code')
    const button = method('reset-button')
    const menu = method('menu')
    const temp = method('temporary-password')
    const email = method('reserved-email')
    const kinds = rankMethods([support, button, temp, email, menu], {}).fits.map((m) => m.kind)
    expect(kinds.slice(0, 3)).toEqual(['menu', 'reserved-email', 'reset-button'])
    expect(kinds.slice(3).sort()).toEqual(['support-code', 'temporary-password'])
  })
})

describe('ranking', () => {
  test('the least destructive come first', () => {
    const wipe = method('reset-button', [], 'settings-and-recordings')
    const settings = method('reset-button', [], 'settings')
    const none = method('support-code', [], 'none')
    expect(rankMethods([wipe, settings, none], {}).fits).toEqual([none, settings, wipe])
  })

  test('methods whose every need is confirmed come before those with open questions', () => {
    const email = method('reserved-email', ['reserved-email-set'])
    const questions = method('security-questions', ['security-questions-set'])
    expect(rankMethods([questions, email], { email: 'yes' }).fits).toEqual([email, questions])
  })

  test('refusing to lose settings rules out destructive methods, with the reason', () => {
    const button = method('reset-button', ['open-case'], 'settings')
    const code = method('support-code', ['serial-number'])
    const result = rankMethods([button, code], { loss: 'no' })
    expect(result.fits).toEqual([code])
    expect(result.ruledOut[0].reasons).toEqual([
      `${DATA_LOSS.settings}, and you don’t want to lose settings.`,
    ])
  })

  test('several reasons are all given', () => {
    const m = method('app-qr', ['reserved-email-set', 'app-binding'], 'settings')
    const { ruledOut } = rankMethods([m], { email: 'no', app: 'no', loss: 'no' })
    expect(ruledOut[0].reasons).toHaveLength(3)
  })

  test('the editor’s order breaks ties', () => {
    const b = method('menu', [], 'none', 20)
    const a = method('menu', [], 'none', 10)
    expect(rankMethods([b, a], {}).fits).toEqual([a, b])
  })
})

describe('methods that lose data come last, whatever their order', () => {
  test('in a guide: the editors’ order, a factory reset after every method that keeps the settings', () => {
    const wipe = method('reset-button', [], 'settings-and-recordings', 1)
    const settings = method('app-qr', [], 'settings', 2)
    const later = method('support-code', [], 'none', 30)
    const first = method('key-file', [], 'none', 20)
    expect(safestFirst([wipe, settings, later, first])).toEqual([first, later, settings, wipe])
  })

  test('in the chooser: even when the reader confirmed all it needs and not all a gentler one needs', () => {
    const button = method('reset-button', ['open-case'], 'settings', 1)
    const code = method('support-code', ['serial-number'], 'none', 2)
    expect(rankMethods([button, code], { opencase: 'yes' }).fits).toEqual([code, button])
  })
})

describe('answers from the address', () => {
  test('only known questions and yes/no answers are read', () => {
    const answers: Answers = parseAnswers({
      email: 'no',
      password: 'yes',
      loss: ['no', 'yes'],
      bogus: 'no',
      local: 'maybe',
      choose: '1',
    })
    expect(answers).toEqual({ email: 'no', password: 'yes', loss: 'no' })
  })
})

describe('only the questions that tell the methods apart', () => {
  const keys = (methods: Pick<RankableMethod, 'requirements' | 'dataLoss'>[]) =>
    questionsFor(methods).map((q) => q.key)

  test('a question is asked when its "no" rules out some methods but not all', () => {
    const email = method('reserved-email', ['reserved-email-set', 'monitor-and-mouse'])
    const button = method('reset-button', ['open-case', 'monitor-and-mouse'])
    // "local" rules out both: it tells them nothing. Neither needs a key file or the old password.
    expect(keys([email, button])).toEqual(['email', 'opencase'])
  })

  test('the data-loss question only when some methods keep the settings and others do not', () => {
    const keeps = method('menu', [], 'none')
    const settings = method('reset-button', [], 'settings')
    const everything = method('reset-button', [], 'settings-and-recordings')
    expect(keys([keeps, settings])).toEqual([LOSS_QUESTION.key])
    // Both lose something: a "no" would rule out every method.
    expect(keys([settings, everything])).toEqual([])
    expect(keys([keeps, keeps])).toEqual([])
  })

  test('one method, or none, asks nothing', () => {
    expect(keys([])).toEqual([])
    expect(keys([method('menu', [], 'none')])).toEqual([])
  })

  test('the seed: Hikvision is asked about its key file, Dahua and the general methods are not', () => {
    // Pinned to what the guides hold, not to their exact lists, so a sourced correction doesn't break it.
    expect(keys(hikvision.methods)).toEqual(
      expect.arrayContaining(['questions', 'email', 'keyfile', 'loss']),
    )
    expect(keys(dahua.methods)).not.toContain('keyfile')
    expect(keys(dahua.methods)).toEqual(
      expect.arrayContaining(['questions', 'email', 'serial', 'opencase', 'loss']),
    )
    expect(keys(generalMethods)).toEqual(
      expect.arrayContaining(['password', 'questions', 'opencase', 'loss']),
    )
  })

  test('every asked question can change the ranking', () => {
    for (const methods of [hikvision.methods, dahua.methods, generalMethods]) {
      const ranked = methods.map((m, i) => ({ ...m, id: i, order: i }))
      for (const { key } of questionsFor(methods)) {
        const { fits } = rankMethods(ranked, { [key]: 'no' })
        expect(fits.length).toBeGreaterThan(0)
        expect(fits.length).toBeLessThan(methods.length)
      }
    }
  })
})

describe('answers from the address', () => {
  test('only the brand’s questions are read', () => {
    const asked = questionsFor(dahua.methods)
    expect(parseAnswers({ email: 'no', keyfile: 'no', loss: 'no' }, asked)).toEqual({
      email: 'no',
      loss: 'no',
    })
  })

  test('the short form: answered questions only, in the chooser’s order, nothing empty', () => {
    expect(answersQuery({ loss: 'no', email: 'no' })).toBe('email=no&loss=no')
    expect(
      answersQuery(
        parseAnswers({ choose: '1', password: '', email: 'no', local: '', loss: 'yes' }),
      ),
    ).toBe('email=no&loss=yes')
    expect(answersQuery({})).toBe('')
  })

  test('the address keys (read by the rewrite) are exactly the questions’ keys', () => {
    expect([...CHOOSER_KEYS].sort()).toEqual(
      [...QUESTIONS.map((q) => q.key), LOSS_QUESTION.key].sort(),
    )
  })

  test('every requirement has a short label for the cards', () => {
    expect(Object.keys(REQUIREMENTS_SHORT).sort()).toEqual(Object.keys(REQUIREMENTS).sort())
  })
})
