#!/usr/bin/env bash
# What the tests start or drive besides Python packages, each from its own registry:
# - Virtuoso open source (Debian's package), for the remote-store tests;
# - Chromium (Debian's package), for the browser tests of the web pages (Playwright drives it);
# - the web pages' front-end packages (npm ci --prefix web: cytoscape.js, YASGUI), served by the app.
# Debian's packages are installed when this machine can (root with apt-get); elsewhere the tests that need
# them are skipped (except under CI=true, where they fail).
set -euo pipefail
cd "$(dirname "$0")/.."

wanted=()
command -v virtuoso-t >/dev/null || wanted+=(virtuoso-opensource)
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || wanted+=(chromium fonts-dejavu-core)
command -v npm >/dev/null || wanted+=(npm)
if [ ${#wanted[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${wanted[@]}" >/dev/null
        echo "installed ${wanted[*]}"
    else
        echo "note: cannot install ${wanted[*]} here (needs root and apt-get): the tests that need them are skipped"
    fi
fi
if command -v npm >/dev/null; then
    npm ci --prefix web --no-audit --no-fund --loglevel=error
fi
