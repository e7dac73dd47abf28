#!/usr/bin/env bash
# Install what is missing and open Sujarit. Without --db it uses the database in the user's
# data folder; an empty database is filled with demonstration data (the installed app asks instead).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh app
exec .venv/bin/sujarit --demo-if-empty "$@"
