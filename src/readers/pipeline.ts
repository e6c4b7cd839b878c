import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { isStaff } from '../access'
import { addressHash, clientAddress } from '../lib/clientAddress'
import { consume, type LimitWindow } from '../lib/rateLimit'

import { checkShapes } from './checkShapes'
import { readerClientHash, setReaderWrite } from './context'
import { outsideForm, type ReaderCollection } from './fields'

type Screen = (
  data: Record<string, unknown>,
  clientHash: string,
  req: PayloadRequest,
) => Promise<Record<string, unknown>>

type Options = {
  collection: ReaderCollection
  /** The rate limit's windows, and what the 429 calls the writes ("cases"). */
  limits: LimitWindow[]
  what: string
  /** Extra screening of a reader's new document (cases: links and repeats). */
  screen?: Screen
}

/**
 * The one pipeline for readers' writes, whichever way they come in (the site's
 * forms, REST, GraphQL, the Local API on a reader's behalf). In order:
 * 1. before the operation: only the form's fields (a 400 naming any other),
 *    then the rate limit per client, keyed on a hash of an address the client
 *    cannot choose; the outcome is kept on the request (typed, src/readers/context.ts);
 * 2. before validation: wrong types and ids of nothing refused (checkShapes);
 * 3. before the change: stamped with the client's hash (never the address) and screened.
 * Staff are not held to it; trusted server code (overrideAccess: the seed,
 * fixtures) is marked trusted and passes unscreened.
 */
export const readerWrites = ({ collection, limits, what, screen }: Options) => {
  const beforeOperation: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    if (operation !== 'create' || isStaff(req.user)) return args
    if (args.overrideAccess === true) {
      setReaderWrite(req, { trusted: true })
      return args
    }
    const problems = outsideForm(collection, args.data)
    if (problems.length) throw new ValidationError({ collection, errors: problems }, req.t)
    const clientHash = addressHash(clientAddress(req.headers))
    await consume(collection, limits, clientHash, what)
    setReaderWrite(req, { trusted: false, clientHash })
    return args
  }

  const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
    if (operation !== 'create' || isStaff(req.user)) return data
    const clientHash = readerClientHash(req)
    if (!clientHash) return data
    const stamped = { ...data, ipHash: clientHash }
    return screen ? screen(stamped, clientHash, req) : stamped
  }

  return { beforeOperation, beforeValidate: checkShapes, beforeChange }
}
