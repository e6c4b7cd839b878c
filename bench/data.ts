/**
 * The benchmark's content, written into the database named by DATABASE_URI
 * (run by bench/run.ts before it starts the server):
 *   (no argument)  a "Bench" brand with 10 methods of 10 steps and 30 answered cases,
 *                  through the Local API (hooks and all);
 *   --scale N      N brands × 6 published methods × 8 steps and 100 cases per brand,
 *                  written straight into the tables in batches (hooks would take an hour).
 */
import { getPayload, type Payload } from 'payload'

import config from '../src/payload.config'
import { paragraphs } from '../src/seed/richText'

const local = { overrideAccess: true } as const

const benchBrand = async (payload: Payload) => {
  const brand = await payload.create({
    collection: 'brands',
    ...local,
    data: { name: 'Bench', slug: 'bench', _status: 'published', accentColor: '#334455' },
  })
  for (let m = 1; m <= 10; m++) {
    const method = await payload.create({
      collection: 'methods',
      ...local,
      data: {
        title: `Bench method ${m}`,
        slug: `bench-method-${m}`,
        brand: brand.id,
        kind: 'menu',
        dataLoss: 'none',
        order: m,
        summary: 'A method of the benchmark.',
        _status: 'draft',
      },
    })
    for (let s = 1; s <= 10; s++) {
      await payload.create({
        collection: 'steps',
        ...local,
        data: {
          method: method.id,
          order: s,
          title: `Step ${s} of method ${m}`,
          body: paragraphs([`Do step ${s}: open the menu and choose the option.`]),
          callouts: [{ kind: 'tip', text: 'A tip.' }],
        },
      })
    }
    await payload.update({
      collection: 'methods',
      id: method.id,
      ...local,
      data: { _status: 'published' },
    })
  }
  for (let c = 1; c <= 30; c++) {
    const kase = await payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: brand.id,
        authorName: `Reader ${c}`,
        body: `Case ${c}: the recorder still asks for the old password.`,
        status: 'published',
      },
    })
    await payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: brand.id,
        parent: kase.id,
        authorName: 'Support',
        body: `Answer ${c}: hold the reset button for 30 seconds.`,
        status: 'published',
      },
    })
  }
}

const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 400) => {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size))
}

const scale = async (payload: Payload, brands: number) => {
  // The SQLite adapter's drizzle handle and tables: bulk inserts below Payload's API, for bench data only.
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const { drizzle, tables } = db
  const now = new Date().toISOString()
  const body = paragraphs([
    'Open the main menu, choose the account settings and follow the prompts.',
  ])
  for (let b = 0; b < brands; b += 50) {
    const brandRows = Array.from({ length: Math.min(50, brands - b) }, (_, i) => ({
      name: `Scale brand ${b + i}`,
      slug: `scale-${b + i}`,
      summary: 'A brand of the scale test.',
      _status: 'published',
      createdAt: now,
      updatedAt: now,
    }))
    const insertedBrands: { id: number }[] = await drizzle
      .insert(tables.brands)
      .values(brandRows)
      .returning({ id: tables.brands.id })
    const methodRows = insertedBrands.flatMap(({ id }) =>
      Array.from({ length: 6 }, (_, m) => ({
        title: `Scale method ${m}`,
        slug: `scale-method-${m}`,
        brand: id,
        kind: 'menu',
        order: m,
        dataLoss: 'none',
        _status: 'published',
        createdAt: now,
        updatedAt: now,
      })),
    )
    const insertedMethods: { id: number }[] = await drizzle
      .insert(tables.methods)
      .values(methodRows)
      .returning({ id: tables.methods.id })
    const stepRows = insertedMethods.flatMap(({ id }) =>
      Array.from({ length: 8 }, (_, s) => ({
        method: id,
        order: s + 1,
        title: `Scale step ${s + 1}`,
        body,
        plainText: `Scale step ${s + 1}: open the main menu of recorder ${id}.`,
        createdAt: now,
        updatedAt: now,
      })),
    )
    await inBatches(stepRows, (batch) => drizzle.insert(tables.steps).values(batch))
    const caseRows = insertedBrands.flatMap(({ id }) =>
      Array.from({ length: 100 }, (_, c) => ({
        brand: id,
        authorName: `Reader ${c}`,
        body: `Case ${c} about brand ${id}: still locked out.`,
        status: c % 4 ? 'published' : 'pending',
        caseState: 'open',
        awaitingAnswer: true,
        staff: false,
        createdAt: now,
        updatedAt: now,
      })),
    )
    await inBatches(caseRows, (batch) => drizzle.insert(tables.comments).values(batch))
  }
}

const payload = await getPayload({ config })
const at = process.argv.indexOf('--scale')
if (at >= 0) await scale(payload, Number(process.argv[at + 1]) || 1000)
else await benchBrand(payload)
process.exit(0)
