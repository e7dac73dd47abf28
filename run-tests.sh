#!/usr/bin/env bash
# Install everything (system libraries included) and run the whole test suite with its checks.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh dev
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff"; .venv/bin/ruff check .
echo "== import contracts"; .venv/bin/lint-imports
echo "== pytest"; .venv/bin/python -m pytest "$@"
