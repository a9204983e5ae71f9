#!/usr/bin/env bash
# README command 1: install what is needed, build, and open the app on the embedded demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # With no configuration the window creates the demo and reconciles it by itself.
    exec build/app/gui/payrecon "$@"
fi
echo "No display: reconciling the demo with payrecon-cli instead (run the window with: build/app/gui/payrecon)."
# Exit code 3 means "reconciled, discrepancies found": the demo has them on purpose.
build/app/cli/payrecon-cli demo || [ $? -eq 3 ]
