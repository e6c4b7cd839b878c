/**
 * What makes a source's address one a reader can check: a page or article, not
 * the front door of a site. Shared by the admin's validation and the content test.
 */

/** A site's home page: nothing after the host but "/" (and no query that picks a page). */
export const isBareHomePage = (address: string): boolean => {
  try {
    const url = new URL(address)
    return (url.pathname === '' || url.pathname === '/') && url.search === ''
  } catch {
    return false
  }
}
