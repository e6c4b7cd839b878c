/**
 * Which inline scripts of a page are Next.js's own. Only these get their SHA-256
 * into the page's Content-Security-Policy (server/scriptHashes.mjs); any other
 * inline script, however it reached the HTML, does not run.
 *
 * The shapes Next 16 and its React write (from their output and their sources):
 * - the flight data, the page's server-rendered payload:
 *   `(self.__next_f=self.__next_f||[]).push(J)`, then `self.__next_f.push(J)`;
 * - Turbopack's chunk bootstrap: `(globalThis[S] || (globalThis[S] = [])).push(J);`;
 * - next/script's queue: `(self.__next_s=self.__next_s||[]).push(J)`;
 * - React's streaming instructions `$RC(…)`, `$RR(…)`, `$RS(…)`, `$RX(…)` for late
 *   Suspense boundaries, each after the runtime React sends with its first use;
 * - fixed scripts: React's shell-time mark (`requestAnimationFrame(…$RT…)`) and its
 *   form replaying, Next's icon re-insertion for streamed metadata;
 * where J stands for JSON and S for a JSON string. Arguments must parse as JSON, so a
 * script written in one of these shapes can only hand data to Next's own code, never
 * run code of its own. React's runtimes and the fixed scripts are known by their
 * SHA-256 (taken from the installed Next; test/unit/nextScripts.test.ts renders them
 * with it and fails when an upgrade changes one), so one changed character makes
 * them unknown.
 */
import { createHash } from 'node:crypto'

export const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64')

/** Whole scripts Next or React writes with no data in them, by SHA-256. */
const FIXED_SCRIPTS = new Set([
  '7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs=', // React: requestAnimationFrame(function(){$RT=performance.now()});
  'CwHpiObGc0Kj6qtRFzUVGqk0apwmCrylJaQU+RajuJ0=', // React: form replaying, addEventListener("submit",…)
  'LcsuUMiDkprrt6ZKeiLP4iYNhWo8NqaSbAgtoZxVK3s=', // Next: document.querySelectorAll('body link[rel="icon"], …')…
])

/** React's instruction runtimes, sent before the first instruction that needs them: length and SHA-256. */
const REACT_RUNTIMES = [
  { name: '$RC', length: 829, digest: 'ejxEGil7Q2jnFo9T1EMjhzsRoWDTVn8tRpUYd4XCJkY=' }, // $RB=[];$RV=function(a){…};\n$RC=function(a,b){…};
  { name: '$RR', length: 1105, digest: 'QwTTcUY6X/W9qbI8vPXdsBAoBq5Xi/MvMAMV2FEeJpk=' }, // $RM=new Map;$RR=function(n,w,p){…};
  { name: '$RS', length: 193, digest: 'rkPyhj2kmK5uKX6SivS3u1ga+pNajy8xBWBiEPXhNMA=' }, // $RS=function(a,b){…};
  { name: '$RX', length: 200, digest: '5TqIdh80KgjiD5uUtz2OhDa5DlGt33xJV6lK4XUE+Yo=' }, // $RX=function(b,c,d,e,f){…};
]

const REACT_INSTRUCTION = /^\$R[CRSX]\(/

const parses = (json) => {
  try {
    JSON.parse(json)
    return true
  } catch {
    return false
  }
}

/** Openings of the data pushes; each is followed by one JSON value and `)`. */
const PUSHES = [
  '(self.__next_f=self.__next_f||[]).push(',
  'self.__next_f.push(',
  '(self.__next_s=self.__next_s||[]).push(',
]
// The chunk-loading global is configurable: any JSON string, the same both times.
const TURBOPACK_PUSH =
  /\(globalThis\[("(?:[^"\\]|\\.)*")\] \|\| \(globalThis\[\1\] = \[\]\)\)\.push\(/y

/** Length of the push opening at `at`, or 0. */
const pushAt = (text, at) => {
  for (const opening of PUSHES) if (text.startsWith(opening, at)) return opening.length
  TURBOPACK_PUSH.lastIndex = at
  return TURBOPACK_PUSH.test(text) ? TURBOPACK_PUSH.lastIndex - at : 0
}

const skipSeparators = (text, at) => {
  while (at < text.length && (text[at] === ';' || text[at] === '\n')) at++
  return at
}

/** One push or more, separated by `;` or line breaks, each with exactly one JSON argument. */
const isDataPush = (text) => {
  let at = 0
  while (at < text.length) {
    const opening = pushAt(text, at)
    if (!opening) return false
    const start = at + opening
    // The argument ends at a `)` followed by the end or by the next push, and is JSON.
    let next = -1
    for (let close = text.indexOf(')', start); close !== -1; close = text.indexOf(')', close + 1)) {
      const after = skipSeparators(text, close + 1)
      if ((after === text.length || pushAt(text, after)) && parses(text.slice(start, close))) {
        next = after
        break
      }
    }
    if (next === -1) return false
    at = next
  }
  return at > 0
}

/** React's runtimes (known by their digests) followed by exactly one instruction with JSON arguments. */
const isReactInstruction = (text) => {
  let rest = text
  for (let found = true; found && !REACT_INSTRUCTION.test(rest);) {
    found = false
    for (const runtime of REACT_RUNTIMES) {
      if (
        rest.length > runtime.length &&
        sha256(rest.slice(0, runtime.length)) === runtime.digest
      ) {
        rest = rest.slice(skipSeparators(rest, runtime.length))
        found = true
        break
      }
    }
  }
  return REACT_INSTRUCTION.test(rest) && rest.endsWith(')') && parses(`[${rest.slice(4, -1)}]`)
}

/** Whether an inline script's text (as the browser reads it) is one Next or its React wrote. */
export const isNextScript = (text, digest = sha256(text)) =>
  FIXED_SCRIPTS.has(digest) || (text.startsWith('$R') ? isReactInstruction(text) : isDataPush(text))
