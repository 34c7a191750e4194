#!/usr/bin/env bash
# Installs the given Debian packages that are not installed yet (apt-get update first, only
# when something is missing; non-interactive; sudo when not root). Safe to run again.
# Usage: install_packages.sh LABEL PACKAGE...
set -euo pipefail

label="$1"
shift
missing=()
for package in "$@"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "$label: all packages present"
  exit 0
fi

echo "$label: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
