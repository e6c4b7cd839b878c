/**
 * The seed, and the upgrade of what it seeded. Each seeded item (a brand, a
 * method with its steps, the site global) carries a content version: the hash
 * of its data (src/seed/version/). On every run:
 * - an item editors have not changed is brought to the version this release
 *   ships, keeping its publish status;
 * - an item editors changed is left as it is; when this release ships a newer
 *   version, it is flagged for them in the admin, to compare and take or keep;
 * - with `createMissing` (npm run seed, or an empty database) a new item is
 *   created: every new brand first, so that references between brands resolve;
 *   one that was seeded before and that editors deleted stays deleted.
 * Nothing is written for an item that holds what ships, so a second run writes
 * nothing. Each item is written in its own transaction: one that fails leaves
 * its documents as they were and the others go on.
 */
import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '@/db/inTransaction'

import type { IllustrationKey } from './factories'
import { baseOf, isOffered, verdictOf } from './version/classify'
import { itemsOf, referencesOf, type SeedItem, shippedHash } from './version/items'
import { shippedContent } from './version/shipped'
import { saveState } from './version/state'
import { loadStore, storedHashes, wantedOf } from './version/store'
import { statusOf, versionsOf } from './version/versions'
import { createBrandShell, type WriteContext, writeItem } from './version/write'

export type Counts = { brand: number; method: number; site: number }

export type SeedReport = {
  /** Created: brands, methods, steps (of new methods), media (logos). */
  brands: number
  methods: number
  steps: number
  media: number
  site: boolean
  /** Items editors had not changed, brought to the new version. */
  upgraded: Counts
  /** Items editors changed for which a newer version waits in the admin. */
  flagged: Counts
  /** New items not created (the upgrade at start creates nothing). */
  notCreated: number
  /** Items that could not be written, with the reason. */
  failed: { key: string; message: string }[]
}

export type SeedOptions = {
  /** Create what is missing (npm run seed); without, only bring existing items up to date (at start). */
  createMissing?: boolean
}

const counts = (): Counts => ({ brand: 0, method: 0, site: 0 })

export const seed = async (
  payload: Payload,
  { createMissing = true }: SeedOptions = {},
): Promise<SeedReport> => {
  const report: SeedReport = {
    brands: 0,
    methods: 0,
    steps: 0,
    media: 0,
    site: false,
    upgraded: counts(),
    flagged: counts(),
    notCreated: 0,
    failed: [],
  }
  const items = itemsOf(shippedContent())
  const references = { brands: new Set<string>(), illustrations: new Set<IllustrationKey>() }
  for (const item of items) {
    const found = referencesOf(item)
    found.brands.forEach((slug) => references.brands.add(slug))
    found.illustrations.forEach((key) => references.illustrations.add(key))
  }
  const req = await createLocalReq({}, payload)
  const load = () => loadStore(payload, req, items.map(wantedOf), references)
  let store = await load()
  const context = (): WriteContext => ({ payload, req, store, access: { overrideAccess: true } })
  const attempt = async (item: SeedItem, work: () => Promise<void>) => {
    try {
      await inTransaction(req, work)
    } catch (error) {
      report.failed.push({
        key: item.key,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }

  // New brands first, as unpublished shells: every brand a reference may name then exists.
  const fresh = new Set<string>()
  if (createMissing) {
    for (const item of items) {
      if (item.kind !== 'brand' || store.stored.has(item.key)) continue
      await attempt(item, async () => {
        const shell = await createBrandShell(context(), item)
        await saveState(payload, req, store, item, shell.id, { version: null })
        report.media += shell.media
        fresh.add(item.key)
      })
    }
    if (fresh.size) {
      store = await load()
      // Should filling a shell fail, the next run finds it unchanged, and fills it then.
      for (const key of fresh) {
        const shell = store.stored.get(key)
        const item = items.find((i) => i.key === key)!
        if (shell)
          await saveState(payload, req, store, item, shell.id, {
            version: storedHashes(store, 'brand', shell).main,
          })
      }
    }
  }

  for (const item of items) {
    const stored = store.stored.get(item.key)
    if (!stored) {
      // Seeded before, and deleted since (its record lost its document): the editors' choice.
      if (store.states.has(item.key)) continue
      const parentMissing =
        item.kind === 'method' && item.brandKey !== null && !store.brandIds.has(item.brandKey)
      // A brand that should have been created has failed already.
      if (item.kind === 'brand' && createMissing) continue
      if (!createMissing || parentMissing || item.kind === 'brand') {
        report.notCreated++
        continue
      }
      await attempt(item, async () => {
        const written = await writeItem(context(), item, null, 'published')
        await saveState(payload, req, store, item, written.id, {
          version: shippedHash(store.schema, item),
          available: null,
          declined: null,
        })
        if (item.kind === 'method') {
          report.methods++
          report.steps += written.steps
        } else report.site = true
      })
      continue
    }

    if (fresh.has(item.key)) {
      await attempt(item, async () => {
        await writeItem(context(), item, stored, 'published')
        await saveState(payload, req, store, item, stored.id, {
          version: shippedHash(store.schema, item),
          available: null,
          declined: null,
        })
        report.brands++
      })
      continue
    }

    const versions = versionsOf(store, item)!
    const verdict = verdictOf(versions)
    await attempt(item, async () => {
      if (verdict === 'current') {
        await saveState(payload, req, store, item, stored.id, {
          version: versions.shipped,
          available: null,
          declined: null,
        })
      } else if (verdict === 'upgrade') {
        await writeItem(context(), item, stored, statusOf(stored.main))
        await saveState(payload, req, store, item, stored.id, {
          version: versions.shipped,
          available: null,
          declined: null,
        })
        report.upgraded[item.kind]++
      } else {
        const offered = isOffered(versions)
        await saveState(payload, req, store, item, stored.id, {
          version: baseOf(versions),
          available: offered ? versions.shipped : null,
        })
        if (offered) report.flagged[item.kind]++
      }
    })
  }
  return report
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

const listOf = (c: Counts) =>
  [
    c.brand && plural(c.brand, 'brand'),
    c.method && plural(c.method, 'method'),
    c.site && 'the site settings',
  ]
    .filter(Boolean)
    .join(', ')

/** The log line: "content upgrade: 3 methods brought to the new version, 1 method flagged for editors". */
export const describeReport = (report: SeedReport): string => {
  const parts: string[] = []
  const created = [
    report.brands && plural(report.brands, 'brand'),
    report.methods && plural(report.methods, 'method'),
    report.site && 'the site settings',
  ].filter(Boolean)
  if (created.length) parts.push(`${created.join(', ')} created`)
  const upgraded = listOf(report.upgraded)
  if (upgraded) parts.push(`${upgraded} brought to the new version`)
  const flagged = listOf(report.flagged)
  if (flagged) parts.push(`${flagged} flagged (edited here; a newer version waits in the admin)`)
  if (report.notCreated)
    parts.push(`${plural(report.notCreated, 'new item')} not created (npm run seed creates them)`)
  for (const failure of report.failed) parts.push(`${failure.key} failed: ${failure.message}`)
  return `content upgrade: ${parts.length ? parts.join('; ') : 'everything is up to date'}`
}
