# Frames of stdlib modules show their source lines in tracebacks formatted by the traceback
# module and in warnings (minipy's embedded modules answer through their __loader__).
import json
import linecache
import textwrap
import traceback
import warnings

HERE = traceback.extract_stack()[-1].filename


def stdlib_frames(f):
    """(number of stdlib frames > 0, every one of them has a source line)"""
    try:
        f()
    except Exception as e:
        frames = [fs for fs in traceback.extract_tb(e.__traceback__) if fs.filename != HERE]
        return len(frames) > 0, all(fs.line for fs in frames)
    return None


print(stdlib_frames(lambda: json.loads('{')))
print(stdlib_frames(lambda: json.loads('[1, 2')))
print(stdlib_frames(lambda: textwrap.dedent(5)))

# format_exc(): every File line of a stdlib frame is followed by its source line.
try:
    json.loads('{"a": }')
except ValueError:
    lines = traceback.format_exc().splitlines()
files = [i for i, line in enumerate(lines) if line.startswith('  File ') and HERE not in line]
print(len(files) > 0, all(lines[i + 1].startswith('    ') and lines[i + 1].strip() for i in files))

# linecache with the module's globals.
print(bool(linecache.getline(json.__file__, 1, vars(json)).strip()))
print(bool(linecache.getlines(textwrap.__file__, vars(textwrap))))
print(linecache.getline(json.__file__, 10 ** 6, vars(json)) == '')


# A warning attributed to a stdlib frame (stacklevel=2 from a callback json calls).
def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(category.__name__, message, len(text.splitlines()))


warnings.showwarning = show


def parse_int(s):
    warnings.warn('int ' + s, stacklevel=2)
    return int(s)


print(json.loads('[7]', parse_int=parse_int))
