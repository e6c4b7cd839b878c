/** The case form's fields and the state the server action returns to it. */
export const CASE_FIELDS = ['authorName', 'authorEmail', 'deviceModel', 'firmware', 'method', 'step', 'body'] as const

export type CaseFormState = {
  errors: Partial<Record<(typeof CASE_FIELDS)[number], string>>
  formError?: string
  values: Record<string, string>
}
