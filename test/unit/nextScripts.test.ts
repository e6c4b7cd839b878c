/**
 * Which inline scripts are Next's own (server/nextScripts.mjs), checked against the
 * scripts the installed Next and its React write, made by their own code: should an
 * upgrade change one, this fails rather than the pages' scripts being refused.
 */
import { createRequire } from 'node:module'
import { Writable } from 'node:stream'

import { describe, expect, test } from '@jest/globals'

import { isNextScript } from '../../server/nextScripts.mjs'

const require = createRequire(import.meta.url)

/** Next's production build of React, which renders the pages. */
const productionReact = () => {
  const saved = process.env.NODE_ENV
  Object.assign(process.env, { NODE_ENV: 'production' })
  try {
    return {
      React: require('next/dist/compiled/react') as typeof import('react'),
      server:
        require('next/dist/compiled/react-dom/server.node') as typeof import('react-dom/server'),
    }
  } finally {
    Object.assign(process.env, { NODE_ENV: saved })
  }
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes))
    .map(([, , text]) => text)

/**
 * A document streamed by React with late Suspense boundaries: one plain, one whose
 * segment completes apart ($RS), one needing a stylesheet ($RR), one that fails
 * ($RX), and a form with a client action (form replaying).
 */
const streamedDocument = async () => {
  const { React, server } = productionReact()
  const h = React.createElement
  const later = <T>(ms: number, value: T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))
  const failing = later(40, null).then(() => {
    throw new Error('boom')
  })
  failing.catch(() => {})
  const Late = ({ value, css }: { value: Promise<unknown>; css?: string }) =>
    h(
      'span',
      null,
      css ? h('link', { rel: 'stylesheet', href: css, precedence: 'default' }) : null,
      String(React.use(value)),
    )
  const tree = h(
    'html',
    null,
    h(
      'body',
      null,
      h('form', { action: () => {} }, h('button', null, 'Send')),
      h(React.Suspense, { fallback: 'a' }, h(Late, { value: later(20, 'one') })),
      h(
        React.Suspense,
        { fallback: 'b' },
        h(
          'div',
          null,
          h(React.Suspense, { fallback: null }, h(Late, { value: later(30, 'inner') })),
          h(Late, { value: later(60, 'outer') }),
        ),
      ),
      h(
        React.Suspense,
        { fallback: 'c' },
        h(Late, { value: later(30, 'styled'), css: '/late.css' }),
      ),
      h(React.Suspense, { fallback: 'd' }, h(Late, { value: failing })),
    ),
  )
  return new Promise<string>((resolve, reject) => {
    let html = ''
    const { pipe } = server.renderToPipeableStream(tree, {
      onError: () => 'digest',
      onShellError: reject,
    })
    pipe(
      new Writable({
        write(chunk, _encoding, done) {
          html += chunk
          done()
        },
        final(done) {
          resolve(html)
          done()
        },
      }),
    )
  })
}

describe("React's own scripts", () => {
  test('every inline script React streams is recognised: $RC, $RS, $RR, $RX, the shell-time mark and form replaying', async () => {
    const scripts = inlineScripts(await streamedDocument())
    for (const shape of [
      /^\$RB=\[\];\$RV=/,
      /^\$RC\(/,
      /\$RS\(/,
      /\$RR\(/,
      /\$RX\(/,
      /^requestAnimationFrame\(/,
      /^addEventListener\("submit"/,
    ]) {
      expect(scripts.some((s) => shape.test(s))).toBe(true)
    }
    for (const script of scripts)
      expect([script.slice(0, 60), isNextScript(script)]).toEqual([script.slice(0, 60), true])
  })

  test('one changed character in a runtime, or code after an instruction, and it is unknown', async () => {
    const scripts = inlineScripts(await streamedDocument())
    const withRuntime = scripts.find((s) => s.startsWith('$RB=[]'))!
    expect(isNextScript(withRuntime.replace('removeChild', 'removeChilds'))).toBe(false)
    expect(
      isNextScript(withRuntime.replace(/\$RC\("B:0","S:0"\)$/, '$RC("B:0","S:0");alert(1)')),
    ).toBe(false)
    expect(isNextScript('$RC("B:0",alert(1))')).toBe(false)
    expect(isNextScript('$RC("B:0","S:0")//')).toBe(false)
    expect(isNextScript('$RX=function(b){alert(b)};$RX("B:0")')).toBe(false)
    expect(isNextScript('requestAnimationFrame(function(){$RT=performance.now()});alert(1)')).toBe(
      false,
    )
    expect(isNextScript('$RC("B:0","S:0")')).toBe(true)
  })
})

describe("Next's own scripts", () => {
  const { htmlEscapeJsonString } = require('next/dist/shared/lib/htmlescape.js')
  const push = (value: unknown) =>
    `self.__next_f.push(${htmlEscapeJsonString(JSON.stringify(value))})`

  test('the flight data: the first push, with and without form state, and data pushes, text or binary', () => {
    expect(
      isNextScript(
        `(self.__next_f=self.__next_f||[]).push(${htmlEscapeJsonString(JSON.stringify([0]))})`,
      ),
    ).toBe(true)
    expect(
      isNextScript(
        `(self.__next_f=self.__next_f||[]).push([0]);${push([2, ['state', { a: '</script><script>alert(1)</script>' }]])}`,
      ),
    ).toBe(true)
    expect(
      isNextScript(
        push([
          1,
          '1:"$Sreact.fragment"\n2:I[339756,["$2"],"default"]\n3:["$","p",null,{"children":"a ) b; c\u2028 </script>"}]\n',
        ]),
      ),
    ).toBe(true)
    expect(isNextScript(push([3, Buffer.from([0, 255, 40, 41]).toString('base64')]))).toBe(true)
  })

  test("Turbopack's chunk bootstrap, for one page or several", () => {
    const { getTurbopackChunkGroupBootstrap } = require('next/dist/server/get-page-files.js')
    const params = {
      otherChunks: ['static/chunks/a.js', 'static/chunks/b).js'],
      runtimeModuleIds: [494553],
    }
    const one = getTurbopackChunkGroupBootstrap({ '/page': params }, 'TURBOPACK', ['/page'])
    const two = getTurbopackChunkGroupBootstrap({ '/a': params, '/b': params }, 'TURBOPACK_x', [
      '/a',
      '/b',
    ])
    expect(isNextScript(htmlEscapeJsonString(one))).toBe(true)
    expect(isNextScript(htmlEscapeJsonString(two))).toBe(true)
  })

  test("next/script's queue and the icon re-insertion of streamed metadata", async () => {
    expect(
      isNextScript('(self.__next_s=self.__next_s||[]).push(["/_next/static/chunks/x.js",{}])'),
    ).toBe(true)
    const {
      createServerInsertedMetadata,
    } = require('next/dist/server/app-render/metadata-insertion/create-server-inserted-metadata.js')
    const tag: string = await createServerInsertedMetadata()()
    expect(isNextScript(tag.replace(/^<script>|<\/script>$/g, ''))).toBe(true)
  })

  test('a push that is not data, or with anything after it, is unknown', () => {
    for (const script of [
      'alert(1)',
      'self.__next_f.push(alert(1))',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)',
      'self.__next_f.push([1,"x"])alert(1)',
      'self.__next_f.push([1,"x"]);self.__next_f.push(fetch("/x"))',
      'self.__next_f=alert;self.__next_f.push([1,"x"])',
      '(globalThis["A"] || (globalThis["B"] = [])).push({})',
      '(globalThis["A"] || (globalThis["A"] = [])).push({a:1})',
      '',
    ]) {
      expect([script, isNextScript(script)]).toEqual([script, false])
    }
  })
})
