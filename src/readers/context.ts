import type { PayloadRequest } from 'payload'

/**
 * What the readers' pipeline learned about a write, kept on the request for
 * the hooks that follow: either trusted server code (the seed, fixtures:
 * written with overrideAccess) or a reader, known by a keyed hash of their
 * address. Typed here, in one place, instead of loose `req.context` keys.
 */
export type ReaderWrite = { trusted: true } | { trusted: false; clientHash: string }

const KEY = 'readerWrite'

export const setReaderWrite = (req: PayloadRequest, value: ReaderWrite) => {
  req.context[KEY] = value
}

export const readerWrite = (req: PayloadRequest): ReaderWrite | undefined => {
  const value = req.context[KEY] as ReaderWrite | undefined
  return value && typeof value === 'object' && typeof value.trusted === 'boolean'
    ? value
    : undefined
}

/** A write by a reader (not staff, not trusted code): the one that gets screened and stamped. */
export const readerClientHash = (req: PayloadRequest): string | null => {
  const write = readerWrite(req)
  return write && !write.trusted ? write.clientHash : null
}

export const isTrustedWrite = (req: PayloadRequest) => readerWrite(req)?.trusted === true
