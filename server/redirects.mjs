/**
 * A page that redirects (the old address of a renamed brand or method) is answered by
 * Next.js with its Location header twice on its first, uncached render: set while
 * rendering, then appended again from the new cache entry. Clients join the two into
 * "/a, /a" or refuse the answer; one is sent.
 */
export const singleLocation = (res) => {
  const writeHead = res.writeHead
  res.writeHead = function (...args) {
    const location = res.getHeader('location')
    if (Array.isArray(location)) res.setHeader('location', location[0])
    return writeHead.apply(this, args)
  }
}
