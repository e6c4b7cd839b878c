import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

import { MAX_READER_LIMIT } from './requestLimits'

/**
 * What a GraphQL query costs, counted from its text before graphql-js
 * validates it (validation such as OverlappingFieldsCanBeMerged grows faster
 * than the query: 500 aliases took seconds), without the schema:
 * - fields: every field asked for, each fragment counted where it is spread;
 * - aliases: how many fields are renamed (each alias of a list is one more query);
 * - complexity: each field costs 1, and what a list returns (a field given
 *   `limit`, or one that selects `docs`) costs its limit times over, Payload's
 *   default of 10 where none is given, `limit: 0` (everything) counted as 1000.
 */
export const MAX_FIELDS = 300
export const MAX_ALIASES = 20
export const MAX_COMPLEXITY = 5000
const DEFAULT_LIMIT = 10
const UNBOUNDED = 1000

export type Cost = { fields: number; aliases: number; complexity: number }

const numberOf = (
  node: ValueNode | undefined,
  variables: Record<string, unknown>,
): number | undefined => {
  if (!node) return undefined
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = Number(variables[node.name.value])
    return Number.isFinite(value) ? value : undefined
  }
  return undefined
}

/** How many times over a field's children are paid for. */
const multiplierOf = (field: FieldNode, variables: Record<string, unknown>): number => {
  const limit = numberOf(field.arguments?.find((a) => a.name.value === 'limit')?.value, variables)
  const isList =
    limit !== undefined ||
    field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'docs')
  if (!isList) return 1
  if (limit === undefined) return DEFAULT_LIMIT
  return limit > 0 ? limit : UNBOUNDED
}

export const costOf = (document: DocumentNode, variables: Record<string, unknown> = {}): Cost => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  // Fragments are costed once each (the caller has refused cycles), so spreading one many times stays cheap to count.
  const memo = new Map<string, Cost>()
  const ofSet = (set: SelectionSetNode | undefined): Cost => {
    const total: Cost = { fields: 0, aliases: 0, complexity: 0 }
    for (const selection of set?.selections ?? []) {
      let part: Cost
      if (selection.kind === Kind.FIELD) {
        const children = ofSet(selection.selectionSet)
        part = {
          fields: 1 + children.fields,
          aliases: (selection.alias ? 1 : 0) + children.aliases,
          complexity: 1 + multiplierOf(selection, variables) * children.complexity,
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) part = ofSet(selection.selectionSet)
      else {
        const name = selection.name.value
        if (!memo.has(name)) memo.set(name, ofSet(fragments.get(name)?.selectionSet))
        part = memo.get(name)!
      }
      total.fields += part.fields
      total.aliases += part.aliases
      total.complexity += part.complexity
    }
    return total
  }
  const total: Cost = { fields: 0, aliases: 0, complexity: 0 }
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue
    const part = ofSet(d.selectionSet)
    total.fields += part.fields
    total.aliases += part.aliases
    total.complexity += part.complexity
  }
  return total
}

/** Why a query costs too much, as a message that says what to do, or null. */
export const tooCostly = (cost: Cost): string | null => {
  if (cost.aliases > MAX_ALIASES)
    return `The GraphQL query renames (aliases) ${cost.aliases} fields; at most ${MAX_ALIASES} are allowed. Ask in several requests.`
  if (cost.fields > MAX_FIELDS)
    return `The GraphQL query asks for ${cost.fields} fields; at most ${MAX_FIELDS} are allowed. Ask for fewer fields, or in several requests.`
  if (cost.complexity > MAX_COMPLEXITY) {
    return `The GraphQL query is too costly (${Math.round(cost.complexity)} against a limit of ${MAX_COMPLEXITY}; each list counts its "limit" times its fields). Use a smaller "limit" (readers get at most ${MAX_READER_LIMIT} a page) or ask for fewer fields.`
  }
  return null
}
