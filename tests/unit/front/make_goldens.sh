#!/usr/bin/env bash
# Regenerates the golden files of the front end's tests from CPython (python3). Never edit the
# goldens by hand: change or add a snippet, then run this script and review the diff.
#
#   cases/NAME.py   -> cases/NAME.ast   ast.dump(ast.parse(src), indent=2)
#                      cases/NAME.loc   the same with include_attributes=True (locations); only
#                                       for snippets without f-strings, whose inner locations
#                                       differ between CPython 3.11 and 3.12 (docs/lexer.md)
#   errors/NAME.py  -> errors/NAME.err  what `python3 NAME.py` prints on stderr (the SyntaxError)
#   tokens/NAME.py  -> tokens/NAME.tok  `python3 -m tokenize NAME.py` (python3.12 if present,
#                                       because the f-string tokens follow 3.12)
#   errors312/NAME.py -> .err           like errors/, by python3.12 (f-string field errors)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}

for f in "$here"/cases/*.py; do
  "$PY" - "$f" <<'PYEOF'
import ast, sys
path = sys.argv[1]
src = open(path, encoding="utf-8").read()
tree = ast.parse(src)
open(path[:-3] + ".ast", "w").write(ast.dump(tree, indent=2) + "\n")
if not any(isinstance(n, ast.JoinedStr) for n in ast.walk(tree)):
    open(path[:-3] + ".loc", "w").write(ast.dump(tree, indent=2, include_attributes=True) + "\n")
PYEOF
done

if [ -d "$here/errors" ]; then
  for f in "$here"/errors/*.py; do
    (cd "$here/errors" && "$PY" "$(basename "$f")" 2> "${f%.py}.err.tmp" > /dev/null || true)
    # python3 (3.11+) prints the script's absolute path; the tests parse it as NAME.py.
    grep -v '^Traceback' "${f%.py}.err.tmp" | sed "s|$here/errors/||g" > "${f%.py}.err" || true
    rm -f "${f%.py}.err.tmp"
  done
fi

TOKPY=$PY
for cand in python3.12 /root/.pyenv/versions/3.12.*/bin/python3; do
  if "$cand" -c 'import sys; assert sys.version_info[:2] == (3, 12)' > /dev/null 2>&1; then TOKPY=$cand; break; fi
done

# errors312/: errors inside f-string fields, where CPython 3.12 (PEP 701) reports the real line
# and 3.11 a made-up one; minipy follows 3.12 there.
if [ -d "$here/errors312" ]; then
  for f in "$here"/errors312/*.py; do
    (cd "$here/errors312" && "$TOKPY" "$(basename "$f")" 2> "${f%.py}.err.tmp" > /dev/null || true)
    grep -v '^Traceback' "${f%.py}.err.tmp" | sed "s|$here/errors312/||g" > "${f%.py}.err" || true
    rm -f "${f%.py}.err.tmp"
  done
fi

if [ -d "$here/tokens" ]; then
  for f in "$here"/tokens/*.py; do
    (cd "$here/tokens" && "$TOKPY" -m tokenize "$(basename "$f")" > "${f%.py}.tok")
  done
fi
echo "goldens written"
