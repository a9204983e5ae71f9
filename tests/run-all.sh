#!/usr/bin/env bash
# README command 2 (and CI): install what is needed, build warning-free, run the whole test suite.
# The MariaDB tests start their own throwaway server; nothing else needs to be running. The release check at
# the end installs the .deb it builds (root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYRECON_WERROR=ON
cmake --build build
ctest --test-dir build --output-on-failure -j2 --timeout 900
# The installable product: build the .deb, lint it, install it, run the installed programs (docs/PACKAGING.md).
bash installer/release-check.sh build
