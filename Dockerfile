# syntax=docker/dockerfile:1
# The RCABench Containers dashboard as an nginx image: a drop-in for the platform's rcabench-frontend image
# (nginx on port 80, the API proxied at /api to $API_TARGET, "/" answers 200).
#
#   docker build -t rcabench-containers-ui .
#   docker build --build-arg BASE_PATH=/containers-ui/ -t rcabench-containers-ui:sub-path .
#   docker run -p 8080:80 -e API_TARGET=http://rcabench-api-gateway:8082 rcabench-containers-ui

# Where the app is served ("/", or a sub-path such as /containers-ui/ next to another console).
ARG BASE_PATH=/

FROM node:20-alpine AS build
ARG BASE_PATH
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build also writes the nginx template filled with its base path and its Content Security Policy
# (vite.config.ts), so the header nginx sends is the one in index.html's <meta>.
RUN VITE_BASE_PATH="$BASE_PATH" NGINX_TEMPLATE_OUT=/app/nginx/default.conf.template npm run build \
 && rm -f dist/mockServiceWorker.js

FROM nginx:stable-alpine
ARG BASE_PATH
# The image's entrypoint fills ${API_TARGET} (envsubst) into /etc/nginx/conf.d/default.conf at start.
COPY --from=build /app/nginx/default.conf.template /etc/nginx/templates/default.conf.template
# Only the app: not nginx's welcome and error pages, which would still answer outside the base path.
RUN rm -rf /usr/share/nginx/html/*
COPY --from=build /app/dist /usr/share/nginx/html${BASE_PATH}
# The AegisLab chart's API gateway for a release named "rcabench"; the charts set API_TARGET themselves.
ENV API_TARGET=http://rcabench-api-gateway:8082
EXPOSE 80
