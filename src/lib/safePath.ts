/** A path on this site to send a reader back to; anything else (another host, "//host") becomes "/". */
export const safePath = (value: unknown, fallback = '/'): string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback
