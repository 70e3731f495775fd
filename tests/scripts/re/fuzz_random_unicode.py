# fuzz_random.py with non-ASCII letters in patterns and subjects (é É ſ ı K ...), so IGNORECASE,
# \w and classes meet Unicode text.
import sys

sys.argv = [sys.argv[0], '78', '300', 'uni']
with open('fuzz_random.py') as f:
    exec(compile(f.read(), 'fuzz_random.py', 'exec'))
