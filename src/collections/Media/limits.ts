import { FILE_TOO_LARGE_MESSAGE, MAX_FILE_MB } from '@/shared/bodyLimits.mjs'

/** Upload limits, shown to editors in the admin and enforced on every upload (the file size with the API's body limits). */
export { MAX_FILE_MB }
export const MAX_MEGAPIXELS = 40

export const fileTooLargeMessage = FILE_TOO_LARGE_MESSAGE
