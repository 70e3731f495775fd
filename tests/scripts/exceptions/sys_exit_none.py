# sys.exit(None) and sys.exit(0) exit with status 0 and print nothing.
import sys
print("exiting cleanly")
sys.exit(None)
