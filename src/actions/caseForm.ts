import { modelExampleOf, type ModelPattern } from '@/lib/modelNumbers'
import type { ModelMatchInfo } from '@/queries/models'
import { CASE_FORM_FIELDS } from '@/readers/fields'

/** The case form's fields (the readers' pipeline accepts these) and the state the server action returns to it. */
export const CASE_FIELDS = CASE_FORM_FIELDS

export type CaseField = (typeof CASE_FIELDS)[number]

export const isCaseField = (name: string): name is CaseField =>
  (CASE_FIELDS as readonly string[]).includes(name)

export type CaseFormState = {
  errors: Partial<Record<CaseField, string>>
  /** A problem of the whole submission (too many cases for now, a field outside the form). */
  formError?: string
  values: Record<string, string>
  /** Whose model the reader typed, for the form shown again without JavaScript. */
  modelMatches?: ModelMatchInfo[]
}

/** The guide's brand as the form needs it: its id for the case, its slug and an example model of its own. */
export type CaseFormBrand = { id: number | string; slug: string; modelExample: string | null }

export const caseFormBrand = (brand: {
  id: number | string
  slug: string
  modelPatterns?: ModelPattern[] | null
}): CaseFormBrand => ({
  id: brand.id,
  slug: brand.slug,
  modelExample: modelExampleOf(brand),
})
