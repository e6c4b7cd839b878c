import { absoluteUrl } from '../lib/site'
import type { GuideBrand, GuideMethod } from '../queries/guides'
import { stepAnchor } from './StepList'
import { mediaSrc } from '../lib/media'

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
  const path = `/brands/${brand.slug}`
  return {
    '@context': 'https://schema.org',
    '@graph': [
      breadcrumbs([
        { name: 'ResetHub', path: '/' },
        { name: brand.name, path },
      ]),
      ...methods.map((m) => howTo(m, path, false)),
    ],
  }
}

export const methodJsonLd = (brand: GuideBrand, method: GuideMethod) => {
  const path = `/brands/${brand.slug}/${method.slug}`
  return {
    '@context': 'https://schema.org',
    '@graph': [
      breadcrumbs([
        { name: 'ResetHub', path: '/' },
        { name: brand.name, path: `/brands/${brand.slug}` },
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
      { name: 'ResetHub', path: '/' },
      { name: 'General guide', path: '/guide' },
    ]),
    ...methods.map((m) => howTo(m, '/guide', false)),
  ],
})
