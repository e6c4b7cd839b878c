/**
 * What earlier releases seeded: for each item key, the content versions those
 * releases shipped. A document from before versions were recorded that holds
 * one of them was not changed by editors; anything else counts as edited.
 * Each release's file is generated from a database it seeded (build.ts).
 */
import release4021877 from './4021877'

export type ReleaseHistory = { release: string; fixture: string; items: Record<string, string> }

export const RELEASES: ReleaseHistory[] = [release4021877]

const byKey = new Map<string, string[]>()
for (const { items } of RELEASES)
  for (const [key, hash] of Object.entries(items)) byKey.set(key, [...(byKey.get(key) ?? []), hash])

export const shippedBefore = (key: string): readonly string[] => byKey.get(key) ?? []
