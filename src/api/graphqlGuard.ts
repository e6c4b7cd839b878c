import { type DocumentNode, GraphQLError, Kind, parse, visit } from 'graphql'

import { costOf, tooCostly } from './graphqlCost'
import { refuse } from './refuse'

/** Selections nest no deeper than this: the schema's real queries stay well under it. */
const MAX_DEPTH = 12

const depthOf = (document: DocumentNode) => {
  let depth = 0
  let deepest = 0
  visit(document, {
    SelectionSet: {
      enter: () => void (deepest = Math.max(deepest, ++depth)),
      leave: () => void depth--,
    },
  })
  return deepest
}

/** Whether a string written into the query holds a NUL character (PostgreSQL's text cannot; variables are checked with the body). */
const holdsNul = (document: DocumentNode) => {
  let found = false
  visit(document, { StringValue: (node) => void (found ||= node.value.includes('\u0000')) })
  return found
}

/** The first fragment that spreads itself, directly or through others. */
const fragmentCycle = (document: DocumentNode): string | null => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const state = new Map<string, 'open' | 'done'>()
  const walk = (name: string): string | null => {
    if (state.get(name) === 'open') return name
    if (state.get(name) === 'done') return null
    state.set(name, 'open')
    for (const next of spreads.get(name) ?? []) {
      const found = walk(next)
      if (found) return found
    }
    state.set(name, 'done')
    return null
  }
  for (const name of spreads.keys()) {
    const found = walk(name)
    if (found) return found
  }
  return null
}

/**
 * Checks a GraphQL request's document before Payload validates or runs it: a
 * query that is not a string, a syntax error, a string holding a NUL character,
 * a fragment that spreads itself (Payload's complexity count would loop on it
 * and answer an empty 500), a selection nested past MAX_DEPTH, or a query past
 * its cost bounds (graphqlCost.ts) is a 400 with the reason. `body` is the
 * request's JSON body, already checked by bodyGuard.ts.
 */
export const checkGraphql = (body: unknown): Response | null => {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string')
    return refuse(400, 'Send the GraphQL query as a string in "query".')
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch (error) {
    return refuse(
      400,
      `The GraphQL query cannot be read: ${error instanceof GraphQLError ? error.message : 'syntax error'}.`,
    )
  }
  if (holdsNul(document))
    return refuse(
      400,
      'A string in the GraphQL query holds the NUL character (\\u0000), which no text here may hold. Remove it.',
    )
  const cycle = fragmentCycle(document)
  if (cycle) return refuse(400, `The GraphQL fragment "${cycle}" spreads itself. Remove the loop.`)
  if (depthOf(document) > MAX_DEPTH)
    return refuse(
      400,
      `The GraphQL query nests deeper than ${MAX_DEPTH} levels. Ask for less at a time.`,
    )
  const vars =
    variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {}
  const costly = tooCostly(costOf(document, vars))
  return costly ? refuse(400, costly) : null
}
