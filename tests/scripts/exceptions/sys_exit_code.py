# SystemExit: caught and inspected, then uncaught with an integer status.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, e.args, type(e).__mro__)
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two arguments:", e.code)
def cleanup_runs():
    try:
        sys.exit(4)
    finally:
        print("finally runs during exit")
cleanup_runs()
