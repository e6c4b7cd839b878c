import { NotFoundContent } from '../../components/NotFoundContent'

/**
 * Shown when a page calls notFound() (an unknown or unpublished brand or method).
 * Next.js renders this boundary in the browser when an app has several root
 * layouts (here: the site and Payload's admin), so its text arrives with the 404
 * but needs JavaScript; addresses that match no route get global-not-found.tsx,
 * which is plain HTML.
 */
export default function NotFound() {
  // No brand list here: this element is rendered with every page of the site.
  return <NotFoundContent />
}
