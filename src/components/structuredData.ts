import { isoDay } from '../lib/dates'
import { mediaSrc } from '../lib/media'
import { absoluteUrl } from '../lib/site'
import type { GuideBrand, GuideMethod } from '../queries/guides'
import { GENERAL_GUIDE, HOME, brandPath, methodPath, stepAnchor } from '../routes'

const breadcrumbs = (items: { name: string; path: string }[]) => ({
  '@type': 'BreadcrumbList',
  itemListElement: items.map((item, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: item.name,
    item: absoluteUrl(item.path),
  })),
})

/** The latest of some timestamps (ISO strings compare as dates), or undefined. */
const latest = (dates: (string | null | undefined)[]) =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)

/**
 * The page itself: when its content last changed and, where every method on it has
 * been checked against its sources, the day of the oldest check (schema.org's
 * `lastReviewed`, "reviewed for accuracy", belongs to a web page, not to a HowTo).
 */
const webPage = (
  path: string,
  name: string,
  methods: GuideMethod[],
  ...changed: (string | null | undefined)[]
) => {
  const checked = methods.map((m) => isoDay(m.lastChecked))
  const reviewed =
    methods.length && checked.every(Boolean) ? (checked as string[]).sort()[0] : undefined
  const modified = latest([...changed, ...methods.map((m) => m.updatedAt)])
  return {
    '@type': 'WebPage',
    '@id': absoluteUrl(path),
    url: absoluteUrl(path),
    name,
    ...(modified ? { dateModified: modified } : {}),
    ...(reviewed ? { lastReviewed: reviewed } : {}),
  }
}

/** schema.org HowTo for one method; `path` is the page it is shown on. */
export const howTo = (method: GuideMethod, path: string, ownPage: boolean) => ({
  '@type': 'HowTo',
  name: method.title,
  ...(method.summary ? { description: method.summary } : {}),
  ...(method.updatedAt ? { dateModified: method.updatedAt } : {}),
  step: method.steps.map((s) => ({
    '@type': 'HowToStep',
    position: s.order,
    name: s.title,
    text: s.plainText || s.title,
    url: absoluteUrl(`${path}#${stepAnchor(method.slug, s.order, ownPage)}`),
    ...(mediaSrc(s.image) ? { image: absoluteUrl(mediaSrc(s.image)!) } : {}),
  })),
})

export const brandJsonLd = ({ brand, methods }: { brand: GuideBrand; methods: GuideMethod[] }) => {
  const path = brandPath(brand.slug)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      breadcrumbs([
        { name: 'ResetHub', path: HOME },
        { name: brand.name, path },
      ]),
      webPage(path, `${brand.name} password reset`, methods, brand.updatedAt),
      ...methods.map((m) => howTo(m, path, false)),
    ],
  }
}

export const methodJsonLd = (brand: GuideBrand, method: GuideMethod) => {
  const path = methodPath(brand.slug, method.slug)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      breadcrumbs([
        { name: 'ResetHub', path: HOME },
        { name: brand.name, path: brandPath(brand.slug) },
        { name: method.title, path },
      ]),
      webPage(path, `${brand.name}: ${method.title}`, [method]),
      howTo(method, path, true),
    ],
  }
}

export const generalGuideJsonLd = (methods: GuideMethod[]) => ({
  '@context': 'https://schema.org',
  '@graph': [
    breadcrumbs([
      { name: 'ResetHub', path: HOME },
      { name: 'General guide', path: GENERAL_GUIDE },
    ]),
    ...methods.map((m) => howTo(m, GENERAL_GUIDE, false)),
  ],
})
