import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server for the Docker image.
  output: 'standalone',
  poweredByHeader: false,
  images: {
    // Media is served by Payload under /api/media/file/…
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
