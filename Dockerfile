# syntax=docker/dockerfile:1
#
# One image for every service of the supergraph. The compose `command:` (or the
# Kubernetes `args`) picks what a container runs:
#   node gateway/dist/index.js                gateway          (port 4000)
#   node subgraphs/<name>/dist/index.js       a subgraph       (ports 4001…)
#   node subgraphs/<name>/dist/migrate.js     its migrations   (one-shot)
#   node stack/dist/embedded.js               everything in one process (SQLite)
#
#   docker build -t hospital-supergraph .

ARG NODE_IMAGE=node:24-bookworm-slim

# ------------------------------------------------------------------ build ---
FROM ${NODE_IMAGE} AS build

# Nothing compiles: better-sqlite3 13 ships Node-API prebuilds, so no toolchain.
WORKDIR /app
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

# Install from that cache and build with tsc. Then reinstall without the
# devDependencies (typescript, vitest, eslint, …; about half of node_modules):
# `pnpm prune --prod` empties a workspace's node_modules and an `install --prod`
# over a full one leaves the virtual store as it was, so start from nothing.
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --offline --store-dir /pnpm/store \
 && pnpm build \
 && find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --frozen-lockfile --offline --prod --store-dir /pnpm/store

# ---------------------------------------------------------------- runtime ---
FROM ${NODE_IMAGE} AS runtime

ENV NODE_ENV=production \
    DATA_DIR=/data
WORKDIR /app

# The built workspace: dist/ folders, package.json files and node_modules (pnpm's
# symlinked layout, so the whole tree is copied as one). Owned by root and only
# readable by the service user; the one writable place is DATA_DIR.
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data

USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006 4007 4008 4009
# Default: the gateway. docker-compose.yml sets `command:` per service.
CMD ["node", "gateway/dist/index.js"]
