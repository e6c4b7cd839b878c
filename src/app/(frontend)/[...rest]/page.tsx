import { notFound } from 'next/navigation'

/** Any other address under the public site gets the helpful 404 page. */
export default function Unknown() {
  notFound()
}
