/**
 * The site's public address, for e-mail links, canonical links, the sitemap and
 * structured data: PUBLIC_URL, never a request's Host. Without it, the local
 * address (http://localhost:PORT), which only suits development and tests; a
 * production server says so loudly when it starts (publicUrlWarning).
 */
export const siteUrl = (): string =>
  (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string) =>
  `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`

/** What a production server without PUBLIC_URL logs as it starts, or null. */
export const publicUrlWarning = (env = process.env): string | null =>
  env.NODE_ENV === 'production' && !env.PUBLIC_URL
    ? `PUBLIC_URL is not set: links in e-mails, canonical links and the sitemap point at ${siteUrl()}, which readers cannot open. Set PUBLIC_URL to the site's public address (e.g. https://resethub.example).`
    : null
