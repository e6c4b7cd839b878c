/**
 * The diagrams drawn for the guides, where words are not enough. Each is SVG
 * built in code (no vendor artwork), rendered to PNG because the media
 * collection refuses SVG, and stored once through the media collection.
 */
export * from './catalog'
export {
  ensureIllustration,
  findIllustration,
  illustrationFilename,
  illustrationsUsedBy,
} from './ensure'
