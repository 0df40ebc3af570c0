#!/usr/bin/env bash
# Installs Debian's chromium (/usr/bin/chromium) for the HTML report rendering test
# (tests/html-reports.test.ts). Idempotent: does nothing when it is already there.
# Needs root and apt-get (CI and the development machines run as root on Debian).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "install-chromium: not root: run 'apt-get install -y chromium' as root" >&2
  exit 3
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get on this machine: install Chromium and put it at /usr/bin/chromium" >&2
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
