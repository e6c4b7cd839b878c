import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { CHOOSER_KEYS, CHOOSER_MARKER } from './src/chooser/keys.mjs'
import { PROXY_BODY_BYTES } from './src/shared/bodyLimits.mjs'
import { redisConfigured } from './src/shared/redis.mjs'

/**
 * One page-cache handler always (src/shared/cacheHandler.mjs): with REDIS_URL it
 * keeps every instance's pages in Redis (and no copy of its own), without it
 * Next's own file-system cache; either way it tells the front cache of each
 * publish. server.mjs (what `npm start` runs) reads this at start; Next's
 * standalone output keeps what the build saw.
 */
const sharedCache = {
  cacheHandler: fileURLToPath(new URL('./src/shared/cacheHandler.mjs', import.meta.url)),
  ...(redisConfigured() ? { cacheMaxMemorySize: 0 } : {}),
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs Next's self-contained output under server.mjs, as `npm start` runs the normal one.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  ...sharedCache,
  // One copy of the Redis client library for the app's bundles and the cache handler.
  serverExternalPackages: ['ioredis'],
  // server.mjs compresses: each page once per version, after listing its scripts in its policy.
  compress: false,
  // server.mjs gives each page version its ETag once; Next's would hash every answer's HTML again.
  generateEtags: false,
  experimental: {
    // A real 404 page for addresses that match no route (the app has two root layouts).
    globalNotFound: true,
    // How much of each API body Next copies for src/proxy.ts, which checks bodies up to their limits (src/shared/bodyLimits.mjs).
    proxyClientMaxBodySize: PROXY_BODY_BYTES,
  },
  images: {
    // Media is served by Payload under /api/media/file/…
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  async rewrites() {
    return {
      // A brand guide with chooser answers (any one of the questions' parameters,
      // or the no-JavaScript form's marker) is rendered per request; without them
      // it is the static, cached page. The address the reader shares stays the same.
      beforeFiles: [...CHOOSER_KEYS, CHOOSER_MARKER].map((key) => ({
        source: '/brands/:brand',
        has: [{ type: 'query', key }],
        destination: '/chooser/:brand',
      })),
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
