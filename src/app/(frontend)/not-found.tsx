import { NotFoundContent } from '../../components/NotFoundContent'

/**
 * Shown in the browser when a page calls notFound() (an unknown or unpublished
 * brand or method) and the reader came by a link followed with JavaScript. A page
 * loaded from the server never shows this: Next.js sends such a page as an empty
 * shell that only JavaScript would fill (vercel/next.js#62228), so the production
 * server answers it with the full global not-found page instead
 * (server/notFoundPage.mjs, src/app/global-not-found.tsx), readable without JavaScript.
 */
export default function NotFound() {
  // No brand list here: this element is rendered with every page of the site.
  return <NotFoundContent />
}
