/**
 * The hashes a page's policy lists (server/scriptHashes.mjs): those of Next's own
 * inline scripts, exactly as a browser hashes them, and no other.
 */
import { createHash } from 'node:crypto'

import { describe, expect, test } from '@jest/globals'

import { scriptHashes } from '../../server/scriptHashes.mjs'

const source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const BOOTSTRAP =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});'
const FIRST = '(self.__next_f=self.__next_f||[]).push([0])'
const DATA =
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"caf\u00e9 \\u003c/script\\u003e\\"}]\\n"])'

const page = (content: string) =>
  `<!DOCTYPE html><html lang="en"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>${content}</main>` +
  `<script type="application/ld+json">{"@context":"https://schema.org"}</script>` +
  `<script id="_R_">${BOOTSTRAP}</script><script>${FIRST}</script><script>${DATA}</script></body></html>`

describe('script hashes', () => {
  test("Next's inline scripts are listed by the SHA-256 of their UTF-8 text, once each, in page order", () => {
    const html = page('<p>A guide</p>') + `<script>${FIRST}</script>`
    expect(scriptHashes(html)).toEqual([source(BOOTSTRAP), source(FIRST), source(DATA)])
  })

  test('a script that reached the page any other way gets no hash, whatever its tag looks like', () => {
    const injected = [
      '<script>alert(1)</script>',
      '<SCRIPT type="module">import("/x.js")</SCRIPT>',
      '<script data-x="a>b">alert(2)</script>',
      `<script>${FIRST};alert(3)</script>`,
      '<script>self.__next_f.push([1,"x"]);fetch("/steal")</script >',
    ].join('')
    expect(scriptHashes(page(`<div class="step">${injected}</div>`))).toEqual([
      source(BOOTSTRAP),
      source(FIRST),
      source(DATA),
    ])
  })

  test('scripts with a src, and data blocks, are not hashed', () => {
    expect(
      scriptHashes(
        '<script src="/_next/static/chunks/x.js"></script><script type="application/ld+json">{"a":1}</script>',
      ),
    ).toEqual([])
  })

  test('line breaks are hashed as the browser reads them (CRLF and CR as LF)', () => {
    const bootstrap = `${BOOTSTRAP}\n${BOOTSTRAP}`
    expect(scriptHashes(`<script>${bootstrap.replace('\n', '\r\n')}</script>`)).toEqual([
      source(bootstrap),
    ])
  })
})
