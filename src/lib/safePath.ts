import { siteUrl } from './site'

/**
 * A path on this site to send a reader back to, or `fallback`. Decided the way
 * a browser reads it: parsed as a WHATWG URL against the site's origin (which
 * drops tabs and line breaks, turns "\" into "/", resolves "." and ".."), and
 * kept only when it stays on that origin. A string prefix test is not enough:
 * "/\t/evil.example" passes one, and a browser takes it for "//evil.example".
 * What comes back is the parsed path, query and fragment, never the raw text,
 * and never starts with "//" (which a browser would read as another host).
 */
export const safePath = (value: unknown, fallback = '/'): string => {
  if (typeof value !== 'string' || value === '') return fallback
  const base = new URL(siteUrl())
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base.origin || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return fallback
  // "/.//evil.example" parses to the path "//evil.example": fold leading slashes into one.
  const path = `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`
  // What we return must read back as itself on this origin.
  return new URL(path, base).origin === base.origin ? path : fallback
}
