/** The layout says what is wrong with the link; nothing to add here. */
export default function CaseLinkNotFound() {
  return null
}
