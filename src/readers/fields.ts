/**
 * The fields a reader's form has, per collection: a reader's write may set
 * these and nothing else (no `createdAt` pinning a case on top, no `parent`
 * turning a case into a "reply" under someone else's). Staff and trusted
 * server code are not held to them.
 */
/** The case form's own inputs (the page adds the brand, and the "notify me" box). */
export const CASE_FORM_FIELDS = [
  'authorName',
  'authorEmail',
  'deviceModel',
  'firmware',
  'method',
  'step',
  'body',
] as const

export const READER_FIELDS = {
  comments: ['brand', ...CASE_FORM_FIELDS, 'notifyOnReply'],
  feedback: ['method', 'step', 'helpful', 'reason', 'comment'],
} as const

export type ReaderCollection = keyof typeof READER_FIELDS

/** Why a field outside the form is refused, in words a person can act on. */
const EXPLAINED: Record<string, string> = {
  parent:
    'Only support staff reply to a case. To add to your own case, open a new one on the guide.',
  createdAt: 'The date of a case is set when it arrives. Leave out “createdAt”.',
  updatedAt: 'The date of a change is set when it is saved. Leave out “updatedAt”.',
}

export const outsideForm = (
  collection: ReaderCollection,
  data: unknown,
): { path: string; message: string }[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const allowed: readonly string[] = READER_FIELDS[collection]
  return Object.keys(data)
    .filter((name) => !allowed.includes(name))
    .map((path) => ({
      path,
      message:
        EXPLAINED[path] ?? `“${path}” is not part of the form. Send only: ${allowed.join(', ')}.`,
    }))
}
