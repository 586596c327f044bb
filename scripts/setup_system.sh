#!/usr/bin/env bash
# Install the Debian packages stratgraph needs beyond Python:
#   graphviz  - the `dot` binary that lays out and renders influence diagrams (svg, png)
#   chromium  - headless browser for the web explorer's end-to-end test
#   fonts-dejavu-core - a font with wide Unicode coverage so labels in any language render
# Idempotent and quiet: does nothing when every command is already there; runs
# `apt-get update` at most once, only when something is missing, and only as root.
# Usage: scripts/setup_system.sh [--no-browser]
set -euo pipefail

want_browser=1
[[ "${1:-}" == "--no-browser" ]] && want_browser=0

missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
if [[ $want_browser == 1 ]]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "setup_system: missing ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "setup_system: installing ${missing[*]}" >&2
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# `dot -c` registers the layout/render plugins; the package's postinst usually does it already
command -v dot >/dev/null 2>&1 && dot -c 2>/dev/null || true
