#!/usr/bin/env bash
# Makes sure Debian's Chromium and its chromedriver are installed: the browser tests of the reader
# web pages drive them (/usr/bin/chromium, /usr/bin/chromedriver; Selenium downloads nothing).
# Installs them with apt when run as root; otherwise says what to do.
set -euo pipefail

say() { echo "[ensure-chromium] $*" >&2; }

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  say "Chromium is missing. Install it: sudo apt-get install -y chromium chromium-driver"
  exit 1
fi
say "installing chromium and chromium-driver with apt"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
