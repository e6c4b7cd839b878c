import { CASE_FORM_FIELDS } from '../readers/fields'

/** The case form's fields (the readers' pipeline accepts these) and the state the server action returns to it. */
export const CASE_FIELDS = CASE_FORM_FIELDS

export type CaseFormState = {
  errors: Partial<Record<(typeof CASE_FIELDS)[number], string>>
  formError?: string
  values: Record<string, string>
}
