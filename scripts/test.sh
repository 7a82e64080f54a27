#!/usr/bin/env bash
# Runs every test: type check, unit and component tests, the production build, then browser tests
# in Chromium against that build. Installs Chromium with apt when it is missing and this is root.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$chromium_path" ]]; then
	if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
		echo "Chromium is missing; installing Debian's chromium package."
		apt-get update -qq && apt-get install -y -qq chromium
	else
		echo "Chromium is missing at $chromium_path. Install it with: sudo apt-get install -y chromium" >&2
		exit 1
	fi
fi

echo "== svelte-check"
npm run --silent check
echo "== unit and component tests"
npx vitest run
echo "== production build"
npx vite build --logLevel warn
echo "== browser tests (Chromium)"
npx vitest run --config vitest.browser.config.ts
