import { absoluteUrl } from '../lib/site'
import type { GuideBrand, GuideMethod } from '../queries/guides'
import { mediaSrc } from '../lib/media'
import { GENERAL_GUIDE, HOME, brandPath, methodPath, stepAnchor } from '../routes'

const breadcrumbs = (items: { name: string; path: string }[]) => ({
  '@type': 'BreadcrumbList',
  itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(item.path) })),
})

/** schema.org HowTo for one method; `path` is the page it is shown on. */
export const howTo = (method: GuideMethod, path: string, ownPage: boolean) => ({
  '@type': 'HowTo',
  name: method.title,
  ...(method.summary ? { description: method.summary } : {}),
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
