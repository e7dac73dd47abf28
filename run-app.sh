#!/usr/bin/env bash
# Install what is missing and open Sujarit. Without --db it uses the database in the user's
# data folder and fills it with demonstration data the first time.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh app
exec .venv/bin/sujarit "$@"
