#!/usr/bin/env bash
# `cargo fmt --check`, with a ratchet: the files listed in tools/fmt-pending
# were written before rustfmt ran in CI and are reformatted in one commit
# once no branch is editing them (a wholesale reformat now would conflict
# with that work). Every other file must be formatted; a listed file that
# becomes formatted must leave the list, so the list only shrinks.
set -euo pipefail
cd "$(dirname "$0")/.."
pending=tools/fmt-pending
unformatted=$(cargo fmt -- --check -l | sed "s|^$PWD/||" | sort -u || true)
new=$(comm -23 <(echo "$unformatted" | sed '/^$/d') <(grep -v '^#' "$pending" | sort -u))
done_=$(comm -13 <(echo "$unformatted" | sed '/^$/d') <(grep -v '^#' "$pending" | sort -u))
status=0
if [ -n "$new" ]; then
  echo "cargo fmt: these files need formatting (run cargo fmt):"; echo "$new" | sed 's/^/  /'; status=1
fi
if [ -n "$done_" ]; then
  echo "cargo fmt: these files are formatted now; remove them from $pending:"; echo "$done_" | sed 's/^/  /'; status=1
fi
exit $status
