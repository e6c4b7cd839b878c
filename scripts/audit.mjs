#!/usr/bin/env node
/**
 * Dependency advisories for what ships (`npm audit --omit=dev`): any high or
 * critical one fails, unless audit-allowlist.json names it with a reason and
 * an expiry date that has not passed (an expired entry fails too, so each one
 * is looked at again). When the registry's audit service cannot be reached,
 * this says so plainly and checks nothing.
 *
 *   node scripts/audit.mjs        prints the findings; exits 1 on a failure
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const FAILING = new Set(['high', 'critical'])

/** The advisories behind a report, one per advisory and package: { id, package, severity, title, url }. */
export const advisories = (report) => {
  const found = new Map()
  for (const [name, vulnerability] of Object.entries(report?.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || via === null) continue
      const id =
        String(via.url ?? via.source ?? '')
          .split('/')
          .pop() || String(via.source)
      found.set(`${id}:${name}`, {
        id,
        package: name,
        severity: via.severity ?? vulnerability.severity,
        title: via.title ?? '',
        url: via.url ?? '',
      })
    }
  }
  return [...found.values()]
}

/** Failures for a report against an allowlist on a given day. */
export const check = (report, allowlist, today = new Date()) => {
  const failures = []
  for (const entry of allowlist) {
    if (!entry.reason?.trim()) failures.push(`allowlist entry ${entry.advisory} has no reason`)
    const expires = new Date(entry.expires)
    if (Number.isNaN(expires.getTime()))
      failures.push(`allowlist entry ${entry.advisory} has no valid expiry date`)
    else if (expires < today)
      failures.push(
        `allowlist entry ${entry.advisory} expired on ${entry.expires}: look at it again`,
      )
  }
  for (const advisory of advisories(report)) {
    if (!FAILING.has(advisory.severity)) continue
    const allowed = allowlist.find(
      (e) => e.advisory === advisory.id && (!e.package || e.package === advisory.package),
    )
    if (!allowed)
      failures.push(
        `${advisory.severity} advisory ${advisory.id} in ${advisory.package}: ${advisory.title} ${advisory.url}`.trim(),
      )
  }
  return failures
}

/** Runs `npm audit --omit=dev --json`: the report, or why there is none. */
export const runAudit = (cwd = process.cwd()) => {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  })
  let report
  try {
    report = JSON.parse(result.stdout)
  } catch {
    return {
      report: null,
      unreachable: `npm audit gave no report (${result.error?.message ?? `exit ${result.status}`})`,
    }
  }
  // npm prints the registry's refusal as JSON with a statusCode and no vulnerabilities.
  if (!report.vulnerabilities)
    return {
      report: null,
      unreachable: `the audit service answered: ${report.message ?? report.error?.summary ?? 'no report'}`,
    }
  return { report, unreachable: null }
}

export const readAllowlist = (root = process.cwd()) =>
  JSON.parse(fs.readFileSync(path.join(root, 'audit-allowlist.json'), 'utf8'))

if (import.meta.url === `file://${process.argv[1]}`) {
  const { report, unreachable } = runAudit()
  if (!report) {
    console.log(`npm audit was NOT exercised: ${unreachable}.`)
    process.exit(0)
  }
  const failures = check(report, readAllowlist())
  const counts = report.metadata?.vulnerabilities ?? {}
  console.log(
    `npm audit --omit=dev: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  )
  for (const failure of failures) console.log(`FAIL ${failure}`)
  process.exit(failures.length ? 1 : 0)
}
