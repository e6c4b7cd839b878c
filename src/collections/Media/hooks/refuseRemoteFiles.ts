import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload fetches the file itself when a media document arrives with an
 * address (`url`) instead of a file. The server never fetches pictures from
 * addresses someone gives it (it could be made to reach inside the network):
 * such a request is refused before anything is fetched. The document's own
 * address, sent back by the admin when an editor changes the alt text, is fine.
 */
export const refuseRemoteFiles: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // The REST body (req.data) is what the upload step reads the address from.
  const url: unknown =
    (args.data as { url?: unknown } | undefined)?.url ??
    (req.data as { url?: unknown } | undefined)?.url
  if (req.file || typeof url !== 'string' || !/^[a-z][a-z\d+.-]*:/i.test(url)) return args
  const own = req.payload.config.serverURL
  if (own && url.startsWith(`${own}/`)) return args
  throw new APIError(
    'Upload the picture file itself: the server does not fetch pictures from an address.',
    400,
    undefined,
    true,
  )
}
