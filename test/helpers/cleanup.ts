import fs from 'node:fs'

import { afterAll } from '@jest/globals'

// The test file's temporary folder (see env.ts) goes when the file is done.
afterAll(() => {
  const dir = process.env.RESETHUB_TEST_DIR
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})
