#!/usr/bin/env bash
# Installs every build dependency of minipy that is missing, from Debian's packages.
# Idempotent: when everything is present, apt is not touched at all.
set -euo pipefail
pkgs=(build-essential cmake ninja-build re2c bison libmimalloc-dev libgtest-dev libgmp-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all build dependencies present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
