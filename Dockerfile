# Production image: Next's standalone output run by server.mjs (the connection's address for the
# rate limits, the security headers, cacheable pages). The `build` stage also serves as
# the one-off seeding container in docker-compose.yml.
FROM node:26-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build needs a secret and a database to load the config; neither is kept. It is built with
# REDIS_URL set so that the standalone output (which keeps the build's config) holds no page copies
# in memory that other replicas could make stale; the build never connects, and without REDIS_URL at
# run time the page-cache handler is Next's own file cache.
RUN PAYLOAD_SECRET=build-only-not-used-at-runtime DATABASE_URI=file:/tmp/build.db REDIS_URL=redis://set-at-run-time:6379 npx next build

FROM node:26-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MEDIA_DIR=/app/data/media
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/server.mjs ./server.mjs
COPY --from=build --chown=node:node /app/server ./server
# The chooser's address parameters: server/cachePolicy.mjs keeps its answers private.
COPY --from=build --chown=node:node /app/src/chooser/keys.mjs ./src/chooser/keys.mjs
# The page generation server.mjs reads (src/shared/pageGeneration.mjs) and the Redis connection it shares.
COPY --from=build --chown=node:node /app/src/shared ./src/shared
RUN mkdir -p /app/data/media && chown -R node:node /app/data
USER node
EXPOSE 3000
CMD ["node", "server.mjs"]
