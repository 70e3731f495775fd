# Any other object passed to sys.exit is printed (str) and the status is 1; raising SystemExit
# inside a function works the same.
import sys
def stop():
    raise SystemExit(["not", "an", "int"])
stop()
