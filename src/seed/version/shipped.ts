/**
 * What this process ships: this release's content. The runner and the admin's
 * seed-update endpoints both read it here, so they always agree on what the
 * new version is. Tests ship a release of their own with `shipContent`.
 */
import { brands, generalMethods, site } from '../content'

import type { SeedContent } from './items'

const RELEASE: SeedContent = { brands, generalMethods, site }

let current = RELEASE

export const shippedContent = (): SeedContent => current

export const shipContent = (content: SeedContent = RELEASE) => {
  current = content
}
