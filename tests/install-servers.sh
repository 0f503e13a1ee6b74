#!/usr/bin/env bash
# The servers the tests start on loopback: Virtuoso open source (Debian's package) for the remote-store tests.
# Installed when this machine can (root with apt-get); elsewhere those tests are skipped (except under CI=true).
set -euo pipefail
if command -v virtuoso-t >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq virtuoso-opensource >/dev/null
    echo "installed $(virtuoso-t -? 2>&1 | grep -m1 -o 'Version [0-9.]*' || echo virtuoso-opensource)"
else
    echo "note: Virtuoso is not installed and cannot be here (needs root and apt-get): the remote-store tests will be skipped"
fi
