#!/usr/bin/env bash
# Produces the expected-output files of script tests by running them under python3 (CPython is
# the oracle). Usage: tests/make_expected.sh tests/scripts/<topic>/<name>.py ...
#   --stderr   also record stderr (<name>.py.stderr)
# A <name>.py.env file (VAR=value lines) sets environment variables for the run.
# A <name>.py.cmdline replaces "<name>.py" on the command line (e.g. "-m pkg arg").
# Exit status other than 0 is recorded in <name>.py.status. CPython 3.11+ draws PEP 657 carets
# (lines of only ^ and ~) under the failing expression in tracebacks; minipy does not, so those
# lines are dropped from recorded stderr, and absolute paths of the script's directory are made
# relative (tests/normalize_stderr.sh, used by the runner too).
set -u
# The real interpreter (pyenv's shim would turn the script path into an absolute one).
PY=$(python3 -c 'import sys; print(sys.executable)')
here=$(cd "$(dirname "$0")" && pwd)
want_stderr=0
for s in "$@"; do
  if [ "$s" = "--stderr" ]; then want_stderr=1; continue; fi
  dir=$(dirname "$s"); base=$(basename "$s")
  (
    cd "$dir" || exit 1
    args=()
    [ -f "$base.args" ] && read -r -a args < "$base.args"
    target=("$base")
    [ -f "$base.cmdline" ] && read -r -a target < "$base.cmdline"
    stdin=/dev/null
    [ -f "$base.stdin" ] && stdin="$base.stdin"
    # Environment variables of the test (tests/scripts_env/), one VAR=value a line.
    if [ -f "$base.env" ]; then
      while IFS= read -r line; do [ -n "$line" ] && export "$line"; done < "$base.env"
    fi
    # python3 has no minipy flags; .args files are for minipy-only options, so ignore them here.
    PYTHONHASHSEED=0 "$PY" "${target[@]}" >"$base.exp" 2>"$base.stderr.tmp" <"$stdin"
    status=$?
    if [ "$status" -ne 0 ]; then echo "$status" > "$base.status"; else rm -f "$base.status"; fi
    if [ $want_stderr -eq 1 ]; then
      "$here/normalize_stderr.sh" "$PWD" "$PY" < "$base.stderr.tmp" > "$base.stderr"
    fi
    rm -f "$base.stderr.tmp"
    echo "$s: status $status, $(wc -l < "$base.exp") lines"
  )
done
