import type { Where } from 'payload'

/** A Payload `where` as the bracketed query string the admin's list view reads: where[status][equals]=pending. */
export const whereQuery = (where: Where): string => {
  const parts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${key}[${i}]`))
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([k, v]) => walk(v, `${key}[${k}]`))
    else
      parts.push(
        `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`,
      )
  }
  walk(where, 'where')
  return parts.join('&')
}
