#!/usr/bin/env bash
# Installs the system programs argmap's diagrams and tests use, when they are missing:
# Graphviz (`dot`), Node.js for the Argdown parser the tests run, and, with --browser, Debian's Chromium for the HTML handout tests.
set -euo pipefail
packages=()
command -v dot >/dev/null 2>&1 || packages+=(graphviz)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if [[ "${1:-}" == "--browser" ]]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
[[ ${#packages[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing ${packages[*]} (Debian packages)" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
