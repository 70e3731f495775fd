#!/usr/bin/env bash
# Normalizes a stderr capture for comparison: reads stdin, writes stdout.
#  * "<script dir>/" prefixes become "" (CPython prints absolute paths; checkouts differ);
#  * PEP 657 marker lines (only ^ and ~) under traceback *frame* lines are dropped: minipy does
#    not draw them. SyntaxError carets (their "File" line has no ", in <name>") are kept.
dir=$1
awk -v dir="$dir/" '
  {
    line = $0
    while ((i = index(line, dir)) > 0) line = substr(line, 1, i - 1) substr(line, i + length(dir))
    if (state == 2 && line ~ /^[ \t]*[\^~]+[ \t]*$/) { state = 0; next }
    if (line ~ /^  File ".*", line [0-9]+, in /) state = 1
    else if (state == 1) state = 2
    else state = 0
    print line
  }'
