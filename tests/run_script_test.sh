#!/usr/bin/env bash
# Runs one script test: tests/scripts/<topic>/<name>.py under minipy, from the script's own
# directory (so tracebacks name the file as "<name>.py"), and compares with what CPython printed:
#   <name>.py.exp      expected stdout (required)
#   <name>.py.stderr   expected stderr (optional; compared only when present)
#   <name>.py.status   expected exit status (optional; default 0)
#   <name>.py.args     extra command-line arguments for minipy, before the script (optional)
#   <name>.py.cmdline  what follows those options instead of "<name>.py" (optional), e.g.
#                      "-m pkg arg": the same for python3; split at blanks, no quoting
#   <name>.py.stdin    text fed to stdin (optional; default: empty)
# tests/make_expected.sh produces these files with python3.
set -u
here=$(cd "$(dirname "$0")" && pwd)
minipy=$1
script=$2
dir=$(dirname "$script")
base=$(basename "$script")
cd "$dir" || exit 2
minipy=$(cd "$(dirname "$minipy")" && pwd)/$(basename "$minipy")
out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
args=()
[ -f "$base.args" ] && read -r -a args < "$base.args"
target=("$base")
[ -f "$base.cmdline" ] && read -r -a target < "$base.cmdline"
stdin=/dev/null
[ -f "$base.stdin" ] && stdin="$base.stdin"
"$minipy" "${args[@]}" "${target[@]}" >"$out" 2>"$err" <"$stdin"
status=$?
expected_status=0
[ -f "$base.status" ] && expected_status=$(cat "$base.status")
fail=0
if ! diff -u "$base.exp" "$out" > /dev/null; then
  echo "--- stdout differs (expected vs minipy):"; diff -u "$base.exp" "$out" | head -60; fail=1
fi
if [ -f "$base.stderr" ]; then
  "$here/normalize_stderr.sh" "$PWD" "$(realpath "$minipy")" < "$err" > "$err.norm"
  if ! diff -u "$base.stderr" "$err.norm" > /dev/null; then
    echo "--- stderr differs (expected vs minipy):"; diff -u "$base.stderr" "$err.norm" | head -60; fail=1
  fi
  rm -f "$err.norm"
fi
if [ "$status" != "$expected_status" ]; then
  echo "--- exit status $status, expected $expected_status"; fail=1
fi
if [ $fail -ne 0 ] && [ ! -f "$base.stderr" ]; then
  echo "--- minipy stderr:"; head -40 "$err"
fi
exit $fail
