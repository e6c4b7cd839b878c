/**
 * Every public address of the site, built in one place: pages, links,
 * revalidation, the sitemap, search, preview and structured data all ask here.
 * Slugs are validated on save (lower case, digits, hyphens), so they need no
 * escaping; anything a reader typed does.
 */

export const HOME = '/'
export const GENERAL_GUIDE = '/guide'
export const SEARCH = '/search'
export const SITEMAP = '/sitemap.xml'
export const PREVIEW_EXIT = '/preview/exit'
/** Next's global not-found page (src/app/global-not-found.tsx): it lists the brands, so a brand's change refreshes it. */
export const NOT_FOUND = '/_not-found'

/**
 * The page patterns Next knows the brand pages by, for revalidating every brand at once.
 * Next tags a cached page with its file's route, route group included, so the
 * pattern names the group too: without it nothing matched, and a general method's
 * edit left the brands that show it stale.
 */
export const BRAND_PAGE_PATTERNS = [
  '/(frontend)/brands/[brand]',
  '/(frontend)/brands/[brand]/[method]',
] as const

/** The brand's guide. */
export const brandPath = (brandSlug: string) => `/brands/${brandSlug}`

/** A brand's method on its own page. */
export const methodPath = (brandSlug: string, methodSlug: string) =>
  `${brandPath(brandSlug)}/${methodSlug}`

/** A general method, as a section of the general guide. */
export const generalMethodPath = (methodSlug: string) => `${GENERAL_GUIDE}#${methodSlug}`

/**
 * A step's anchor: on a method's own page `step-N`; on a page that shows several
 * methods (a brand's guide, the general guide) prefixed with the method's slug.
 */
export const stepAnchor = (methodSlug: string, order: number, ownPage: boolean) =>
  ownPage ? `step-${order}` : `${methodSlug}-step-${order}`

/** Where a method is read: its own page for a brand's method, the general guide for a general one. */
export const methodHref = (methodSlug: string, brandSlug: string | null) =>
  brandSlug ? methodPath(brandSlug, methodSlug) : generalMethodPath(methodSlug)

/** Where a step is read, at the step. */
export const stepHref = (methodSlug: string, order: number, brandSlug: string | null) =>
  brandSlug
    ? `${methodPath(brandSlug, methodSlug)}#${stepAnchor(methodSlug, order, true)}`
    : `${GENERAL_GUIDE}#${stepAnchor(methodSlug, order, false)}`

/** Search results for a query. */
export const searchPath = (query?: string) =>
  query ? `${SEARCH}?q=${encodeURIComponent(query)}` : SEARCH

/** Every published case of a brand, or of the general guide (page 1 unless given). */
export const casesPath = (brandSlug: string | null, page = 1) =>
  `${brandSlug ? `/cases?brand=${brandSlug}` : '/cases?general=1'}${page > 1 ? `&page=${page}` : ''}`

/** An address with a query a reader brought along (for instance to an address that moved). */
export const withQuery = (path: string, query: Record<string, string | string[] | undefined>) => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    for (const one of [value ?? []].flat()) search.append(name, one)
  return search.size ? `${path}?${search}` : path
}

/** The case form's anchor, on every page that has one. */
export const CASE_FORM_ID = 'case-form'

/** A page's case form: where the form posts without JavaScript, so that the answer opens at the form. */
export const caseFormPath = (pagePath: string) => `${pagePath}#${CASE_FORM_ID}`

/** After a case was sent (or an e-mail link used): where the reader came from travels along. */
export const caseReceivedPath = (params: { back?: string; confirmed?: string }) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
  return `/cases/received${query.size ? `?${query}` : ''}`
}

/** The page an e-mail link opens (a signed token). */
export const caseLinkPath = (token: string) => `/cases/confirm/${encodeURIComponent(token)}`

/** Where a brand guide's method cards (and the chooser's result) are: a chooser answer lands here. */
export const CHOOSER_RESULTS = 'chooser-results'

/** Where the chooser's questions are. */
export const CHOOSER_FORM = 'chooser'

/**
 * A brand's guide ranked for chooser answers: `query` is the short form of the
 * answers (`email=no&loss=no`, see answersQuery), empty for none. The fragment
 * lands the reader at the result.
 */
export const chooserPath = (brandSlug: string, query: string) =>
  `${brandPath(brandSlug)}${query ? `?${query}` : ''}#${CHOOSER_RESULTS}`

/**
 * "Did this work?" under a method: its anchor on the page, `feedback` on the
 * method's own page, prefixed with the method's slug where a page shows several.
 */
export const feedbackAnchor = (methodSlug: string, ownPage: boolean) =>
  ownPage ? 'feedback' : `${methodSlug}-feedback`

/** The note "Did this work?" leaves on the page: thanks, or why the answer was not kept. */
export type FeedbackOutcome = 'thanks' | 'later' | 'invalid'

/** The note's anchor. */
export const feedbackNoteAnchor = (anchor: string, outcome: FeedbackOutcome) =>
  `${anchor}-${outcome}`

/**
 * After "Did this work?" without JavaScript: back on the same page at the same
 * method, where the note for the outcome shows (`page` is a path on this site,
 * already checked, `anchor` one from feedbackAnchor).
 */
export const feedbackReturnPath = (page: string, anchor: string, outcome: FeedbackOutcome) =>
  `${page.split('#')[0]}#${feedbackNoteAnchor(anchor, outcome)}`

/** Draft preview of a public page, for a signed-in editor. */
export const previewPath = (path: string) => `/preview?path=${encodeURIComponent(path)}`
