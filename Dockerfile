# syntax=docker/dockerfile:1
#
# One slim image per service. Each holds only what `pnpm deploy --prod` gives that
# service: its dist/, its package.json and a node_modules of its production
# dependencies (kit and client with their dist/ only). No sources, tests, bench or
# e2e; better-sqlite3 only in `embedded`, the one that runs on SQLite.
#
#   docker build --target gateway  -t hospital-supergraph/gateway:local .    (port 4000)
#   docker build --target accounts -t hospital-supergraph/accounts:local .   (a subgraph, 4001…)
#   docker build --target embedded -t hospital-supergraph/embedded:local .   (everything, SQLite)
#
# A subgraph's image runs the subgraph (`node dist/index.js`, its CMD) and its
# migrations (`node dist/migrate.js`, one-shot). Without --target: the gateway.

ARG NODE_IMAGE=node:24-bookworm-slim

# ------------------------------------------------------------------ build ---
FROM ${NODE_IMAGE} AS build

# Nothing compiles: better-sqlite3 13 ships Node-API prebuilds, so no toolchain.
WORKDIR /src
ENV CI=true

# pnpm at the version package.json's engines.pnpm asks for at least.
COPY package.json ./
RUN npm install -g "pnpm@$(node -p "require('./package.json').engines.pnpm.replace(/^>=/, '')")" \
 && pnpm --version

# Download every package named in the lockfile into a build cache; this layer is
# reused as long as the lockfile does not change.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm fetch --store-dir /pnpm/store

# Install from that cache, build what the images run (stack references every
# service; bench and e2e sources are not in the context), then deploy each service
# into /out/<name>: a copy, not links into /src, with production dependencies only
# (stack/src/images.int.test.ts runs the same deploy). The gateway reads the
# composed supergraph, which lives outside its package: it goes in beside it.
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --offline --store-dir /pnpm/store \
 && pnpm exec tsc -b stack \
 && deploy() { pnpm --filter "@hospital/$1" deploy --prod --offline --store-dir /pnpm/store "/out/$2"; } \
 && deploy gateway gateway \
 && for dir in subgraphs/*/; do name="$(basename "$dir")"; deploy "$name" "$name"; done \
 && deploy stack embedded \
 && cp schema/supergraph.graphql /out/gateway/ \
 && cp schema/supergraph.graphql /out/embedded/

# ---------------------------------------------------------------- runtime ---
# What every image shares. The deployed folder is owned by root and only readable
# by the service user; the one writable place is DATA_DIR (embedded secrets, SQLite).
# Every node process of an image (the service, its migrations, a one-off command)
# starts behind the tracing preload, which does nothing unless an OTLP endpoint is
# set (docs/operations.md, "Traces"); @hospital/kit resolves from /app/node_modules.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    NODE_OPTIONS="--import @hospital/kit/tracing/register"
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
USER node
CMD ["node", "dist/index.js"]

FROM runtime AS accounts
COPY --from=build /out/accounts /app
EXPOSE 4001

FROM runtime AS patients
COPY --from=build /out/patients /app
EXPOSE 4002

FROM runtime AS doctors
COPY --from=build /out/doctors /app
EXPOSE 4003

FROM runtime AS appointments
COPY --from=build /out/appointments /app
EXPOSE 4004

FROM runtime AS billing
COPY --from=build /out/billing /app
EXPOSE 4005

FROM runtime AS prescriptions
COPY --from=build /out/prescriptions /app
EXPOSE 4006

FROM runtime AS feedback
COPY --from=build /out/feedback /app
EXPOSE 4007

FROM runtime AS analytics
COPY --from=build /out/analytics /app
EXPOSE 4008

FROM runtime AS audit
COPY --from=build /out/audit /app
EXPOSE 4009

# The whole supergraph in one process on SQLite, with demo data: for trying it out.
# It refuses NODE_ENV=production; the gateway must be reachable from outside.
FROM runtime AS embedded
COPY --from=build /out/embedded /app
ENV NODE_ENV=development \
    GATEWAY_HOST=0.0.0.0 \
    SUPERGRAPH_PATH=/app/supergraph.graphql
EXPOSE 4000
CMD ["node", "dist/embedded.js"]

# Last, so that a build without --target gives the gateway.
FROM runtime AS gateway
COPY --from=build /out/gateway /app
ENV SUPERGRAPH_PATH=/app/supergraph.graphql
EXPOSE 4000
