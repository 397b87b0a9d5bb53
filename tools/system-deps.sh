#!/usr/bin/env bash
# Installs the system programs argmap uses, when they are missing: Graphviz (`dot`) for the
# diagrams and, with --browser (for the tests), Node.js for the Argdown parser, Debian's
# Chromium for the HTML handout and util-linux's setpriv for the permission tests.
set -euo pipefail
packages=()
command -v dot >/dev/null 2>&1 || packages+=(graphviz)
if [[ "${1:-}" == "--browser" ]]; then
  # setpriv runs the permission tests as an unprivileged user when the tests run as root.
  command -v setpriv >/dev/null 2>&1 || packages+=(util-linux)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
[[ ${#packages[@]} -eq 0 ]] && exit 0
packages+=(fonts-dejavu-core)  # diagrams and pages need a font; recommends are not installed
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing ${packages[*]} (Debian packages)" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
