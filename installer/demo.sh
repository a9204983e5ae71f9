#!/usr/bin/env bash
# README command 1: install what is needed, build, and reconcile the embedded demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
# Exit code 3 means "reconciled, discrepancies found": the demo has them on purpose.
build/app/cli/payrecon-cli demo "$@" || [ $? -eq 3 ]
