import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { withRequestLimits } from './api/requestLimits'
import { Brands } from './collections/Brands'
import { Comments } from './collections/Comments'
import { Feedback } from './collections/Feedback'
import { Media } from './collections/Media'
import { fileTooLargeMessage, MAX_FILE_MB } from './collections/Media/limits'
import { Methods } from './collections/Methods'
import { SearchMisses } from './collections/SearchMisses'
import { SeedState } from './collections/SeedState'
import { Steps } from './collections/Steps'
import { Users } from './collections/Users'
import { sameLoginRefusal } from './collections/Users/hooks/sameLoginRefusal'
import { databaseAdapter } from './db/adapter'
import { benchQueries } from './db/benchEndpoint'
import { emailAdapter } from './email/adapter'
import { SearchState } from './globals/SearchState'
import { Site } from './globals/Site'
import { canRunJobs } from './jobs/access'
import { mailTasks } from './jobs/mail'
import { clientMistakesAtInfo } from './lib/logLevels'
import { benchSearch } from './search/benchEndpoint'
import { requireSecret } from './secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · ResetHub admin' },
    // Gravatar would be fetched from outside; the built-in avatar needs no network.
    avatar: 'default',
    // The home page opens on where readers are stuck (src/queries/dashboard.ts).
    components: { beforeDashboard: ['/components/admin/SupportDashboard#SupportDashboard'] },
  },
  // Caps on what one API request may ask (src/api/requestLimits.ts).
  collections: withRequestLimits([
    Brands,
    Methods,
    Steps,
    Comments,
    Feedback,
    Media,
    Users,
    SearchMisses,
    SeedState,
  ]),
  globals: [Site, SearchState],
  editor: lexicalEditor(),
  secret: requireSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  serverURL: process.env.PUBLIC_URL || '',
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Generating types on every start keeps jest from exiting; run `npm run generate:types` instead.
    autoGenerate: false,
  },
  upload: {
    limits: { fileSize: MAX_FILE_MB * 1024 * 1024 },
    responseOnLimit: fileTooLargeMessage,
  },
  // The benchmark's figures: queries sent, the search index (BENCH=1 only, never in a normal run).
  endpoints: process.env.BENCH === '1' ? [benchQueries, benchSearch] : [],
  jobs: {
    // Scheduled publish/unpublish land here; src/jobs/scheduler.ts runs the queue every minute.
    access: { run: canRunJobs },
    // Every e-mail, and the erasure of old addresses, from the `mail` queue after the write commits (src/jobs/mail.ts).
    tasks: mailTasks,
  },
  graphQL: {
    // Deep queries are a cheap way to overload a server.
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
  },
  telemetry: false,
  // GraphQL errors reach only this hook: a refused login answers alike there too.
  hooks: { afterError: [sameLoginRefusal] },
  logger: {
    options: { level: process.env.LOG_LEVEL || 'info', hooks: { logMethod: clientMistakesAtInfo } },
  },
})
