import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import lighthouse from 'lighthouse'

import { CHROMIUM_ARGS, findChromium } from '../test/e2e/chromium'

import type { Row } from './report'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}

/** Debian's Chromium with a DevTools port for Lighthouse to drive. */
const launch = async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-lighthouse-'))
  const port = 9333
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    port,
    // Chromium may still be writing its profile as it exits: wait for it, then remove with retries.
    close: async () => {
      const exited =
        child.exitCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    },
  }
}

/** Lighthouse's default (mobile, simulated throttling) scores for each page, 0–100. */
export const lighthouseScores = async (base: string, pages: string[]) => {
  const chrome = await launch()
  const raw: Record<string, Record<string, number>> = {}
  const failing: Record<string, string[]> = {}
  try {
    for (const page of pages) {
      const result = await lighthouse(`${base}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      const categories = result?.lhr.categories ?? {}
      raw[page] = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
      )
      // What cost points, to act on.
      const audits = result?.lhr.audits ?? {}
      failing[page] = CATEGORIES.flatMap((c) =>
        (categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id}`),
      )
    }
  } finally {
    await chrome.close()
  }
  const rows: Row[] = CATEGORIES.map((category) => {
    const scores = pages.map((page) => raw[page][category])
    return [
      `Lighthouse ${category} (mobile): ${pages.join(', ')}`,
      scores.join(' / '),
      `≥ ${TARGETS[category]}`,
      Math.min(...scores),
      (v: number) => v >= TARGETS[category],
    ]
  })
  return { raw: { scores: raw, failing }, rows }
}
