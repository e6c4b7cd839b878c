import fs from 'node:fs'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

/**
 * A file that is not on disk (a wrong name, or a picture deleted from the disk
 * while its document stayed) is a 404 that says so. Payload would log it as an
 * error and answer 500; passing on (no answer) lets Payload serve the file.
 */
export const answerMissingFile =
  (dir: () => string): UploadHandler =>
  (_req, { params: { filename } }) => {
    const root = dir()
    const file = path.resolve(root, filename)
    if (!file.startsWith(root + path.sep))
      return Response.json({ errors: [{ message: 'No such file name.' }] }, { status: 400 })
    // One stat call, as Payload's own serving makes next.
    if (!fs.existsSync(file))
      return Response.json(
        {
          errors: [
            {
              message: `There is no file "${filename}". Check its name in the media item's "url".`,
            },
          ],
        },
        { status: 404 },
      )
  }
