import { MAX_FILE_MB } from '@/shared/bodyLimits.mjs'

/** Upload limits, shown to editors in the admin and enforced on every upload. */
export { MAX_FILE_MB }
export const MAX_MEGAPIXELS = 40

export const fileTooLargeMessage = `The file is larger than ${MAX_FILE_MB} MB. Export the picture at a smaller size (1600 pixels wide is plenty for a step) and upload it again.`
