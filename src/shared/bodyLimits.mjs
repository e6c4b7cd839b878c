/**
 * How much of a request body the API reads. Plain JavaScript, because
 * next.config.mjs needs the figure too: Next hands src/proxy.ts a copy of the
 * body only up to `experimental.proxyClientMaxBodySize`, and cuts it there
 * without an error.
 */

/** Media's file limit, shown to editors and enforced on every upload. */
export const MAX_FILE_MB = 10
/** A JSON body (or a multipart upload's `_payload` field), and any other body that is not a multipart upload. */
export const MAX_JSON_BYTES = 1024 * 1024
/** One upload and its form fields. */
export const MAX_MULTIPART_BYTES = (MAX_FILE_MB + 1) * 1024 * 1024
/**
 * What Next copies for the proxy: a megabyte past the largest limit. Next cuts
 * the copy before the chunk that crosses its bound (chunks are 64 KB or less),
 * so a body past it still shows the proxy more than MAX_MULTIPART_BYTES, and is
 * refused rather than passed on cut short.
 */
export const PROXY_BODY_BYTES = MAX_MULTIPART_BYTES + 1024 * 1024
