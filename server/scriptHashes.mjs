/**
 * The CSP hash sources for a page: the SHA-256 of each inline script that is one of
 * Next's own (server/nextScripts.mjs). Any other inline script gets none and the
 * browser refuses to run it; scripts with a `src` are allowed by their path instead
 * (server/security.mjs).
 *
 * The scripts are found with a plain scan, not a full HTML parser. That is safe
 * either way: a browser runs an inline script only when the hash of the very text
 * it read is listed, and only texts of Next's shapes are listed; a script this scan
 * read differently would simply not run.
 */
import { isNextScript, sha256 } from './nextScripts.mjs'

// An opening tag (attribute values may hold `>`), its text, and the end tag as the HTML tokenizer ends script data.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\s/>]/gi
const HAS_SRC = /(?:^|\s)src(?=\s*=|\s|\/|$)/i

/** The text a browser hashes: the HTML parser turns CRLF and CR into LF before anything else. */
const asParsed = (text) => text.replace(/\r\n?/g, '\n')

/** `'sha256-…'` sources for the Next scripts of `html`, in page order, each once. */
export const scriptHashes = (html) => {
  const found = new Set()
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes)) continue
    const text = asParsed(body)
    const digest = sha256(text)
    if (isNextScript(text, digest)) found.add(`'sha256-${digest}'`)
  }
  return [...found]
}
