#!/usr/bin/env bash
# Runs every test: installs what the tests need on a fresh machine, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
# Node.js and npm: the build installs the front-end packages, and the sign-in tests run a test OpenID Provider.
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet build Formulate.sln -c Release -nologo -v quiet
dotnet test Formulate.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@"
