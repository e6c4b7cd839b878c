/**
 * How much of a request body the API takes, and what it says past that. Plain
 * JavaScript, because server.mjs (which refuses an announced length past the
 * limit before Next reads a byte) and next.config.mjs (which sets how much of
 * each body Next copies for src/proxy.ts) need them as well as the app.
 */

/** Media's file limit, shown to editors and enforced on every upload. */
export const MAX_FILE_MB = 10
/** A JSON body (or a multipart upload's `_payload` field), and any other body that is not a multipart upload. */
export const MAX_JSON_BYTES = 1024 * 1024
/** One upload and its form fields. */
export const MAX_MULTIPART_BYTES = (MAX_FILE_MB + 1) * 1024 * 1024
/**
 * What Next copies of each API body for the proxy: a megabyte past the largest
 * limit. Next cuts the copy, without an error, before the chunk that crosses
 * its bound (chunks are 64 KB or less), so a body past it still shows the
 * proxy more than MAX_MULTIPART_BYTES and is refused, not passed on cut short.
 */
export const PROXY_BODY_BYTES = MAX_MULTIPART_BYTES + 1024 * 1024

export const FILE_TOO_LARGE_MESSAGE = `The file is larger than ${MAX_FILE_MB} MB. Export the picture at a smaller size (1600 pixels wide is plenty for a step) and upload it again.`

/** The refusal of `what` (a body, a field) past `bytes`. */
export const tooLargeMessage = (bytes, what) =>
  `${what} is larger than ${Math.round(bytes / 1024 / 1024)} MB. Send less at a time.`

export const LENGTH_REQUIRED_MESSAGE =
  'Send the request body with a Content-Length header (the API does not take chunked bodies of unknown length).'

/**
 * The limit for a body of this Content-Type and the refusal past it. An upload
 * past its limit is a file past Media's (the form's other fields are small), so
 * its refusal says what to do about the file.
 * @param {string | null | undefined} contentType
 * @returns {{ multipart: boolean, bytes: number, message: string }}
 */
export const bodyLimitOf = (contentType) =>
  /^multipart\/form-data/i.test(contentType ?? '')
    ? { multipart: true, bytes: MAX_MULTIPART_BYTES, message: FILE_TOO_LARGE_MESSAGE }
    : {
        multipart: false,
        bytes: MAX_JSON_BYTES,
        message: tooLargeMessage(MAX_JSON_BYTES, 'The request body'),
      }
