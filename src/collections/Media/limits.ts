/** Upload limits, shown to editors in the admin and enforced on every upload. */
export const MAX_FILE_MB = 10
export const MAX_MEGAPIXELS = 40

export const fileTooLargeMessage = `The file is larger than ${MAX_FILE_MB} MB. Export the picture at a smaller size (1600 pixels wide is plenty for a step) and upload it again.`
