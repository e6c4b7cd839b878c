import { describe, expect, test } from '@jest/globals'

import { type Answers, parseAnswers, QUESTIONS } from '../../src/chooser/questions'
import { rankMethods, type RankableMethod } from '../../src/chooser/rank'
import { DATA_LOSS, METHOD_KINDS, type MethodKind, REQUIREMENTS, type Requirement } from '../../src/collections/Methods/options'

let nextId = 0
const method = (kind: MethodKind, requirements: Requirement[] = [], dataLoss: RankableMethod['dataLoss'] = 'none', order = 10): RankableMethod => ({
  id: ++nextId,
  title: `${kind} ${requirements.join('+')}`,
  kind,
  requirements,
  dataLoss,
  order,
})

const questionFor = (requirement: Requirement) => QUESTIONS.find((q) => q.rulesOut.includes(requirement))

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
  test.each(Object.keys(METHOD_KINDS) as MethodKind[])('%s fits when nothing rules it out', (kind) => {
    const m = method(kind)
    expect(rankMethods([m], {}).fits).toEqual([m])
  })

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
    expect(result.ruledOut[0].reasons).toEqual([`${DATA_LOSS.settings}, and you don’t want to lose settings.`])
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

describe('answers from the address', () => {
  test('only known questions and yes/no answers are read', () => {
    const answers: Answers = parseAnswers({ email: 'no', password: 'yes', loss: ['no', 'yes'], bogus: 'no', local: 'maybe', choose: '1' })
    expect(answers).toEqual({ email: 'no', password: 'yes', loss: 'no' })
  })
})
