# The Bridge runner (issue 13 §1; README "Run the schedules on a server"): the templates' schedules,
# the team log's HTTP API and the failure alerts, on Node 20, as a non-root user.
#
# Two stages. `npm run runner` runs the TypeScript through tsx, a devDependency, and `npm ci --omit=dev`
# leaves tsx out — so the build stage installs everything and bundles runner/main.ts (with the lib/
# code it imports) into one JavaScript file with esbuild, and the runtime stage holds only that file
# and the production dependencies. `--ignore-scripts`: the package's postinstall is `wxt prepare`, the
# extension's build tool, which the runner does not use (and which --omit=dev leaves out).

FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY lib ./lib
COPY runner ./runner
# esbuild comes with tsx; packages stay external (node_modules below), lib/ and runner/ are bundled.
RUN npx esbuild runner/main.ts --bundle --platform=node --format=esm --target=node20 \
      --packages=external --log-level=warning --outfile=dist/runner.mjs

FROM node:20-slim
ENV NODE_ENV=production \
    BRIDGE_DATA_DIR=/data \
    BRIDGE_API_HOST=0.0.0.0 \
    BRIDGE_API_PORT=8787
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /src/dist/runner.mjs ./runner.mjs
# The embedded database's folder, owned by the image's unprivileged `node` user (uid 1000).
RUN mkdir /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
# Exec form: node is PID 1's child-free process and receives SIGTERM itself (graceful stop).
ENTRYPOINT ["node", "runner.mjs"]
