"""timeit: how long a small piece of code takes, run many times in a row.

Design note.  To keep the measuring loop itself cheap, a Timer does not call the statement
through exec() on each round: it writes the source of one function that runs the setup once,
reads the clock, runs the statement in a `for` loop over range(number), and reads the clock
again.  (CPython loops over itertools.repeat(None, number) to avoid making int objects; in
minipy small ints are tagged words that cost nothing, while itertools.repeat is a Python class
whose __next__ would cost about twenty times more than the loop over a range.)  That source is compiled once, so the loop is ordinary bytecode and
names made by the setup are locals of the function the statement can use.  A callable stmt or
setup is passed to the function as a default argument and called from the loop instead.

Compiling the statement on its own first (after the setup) means a statement that only makes
sense inside a function ('return', 'yield') or a loop ('break') is a SyntaxError, as it is
for CPython.  The function keeps the line layout of CPython's, so tracebacks through it name
the same lines; print_exc() puts its source into linecache so those lines are shown.

The garbage collector is switched off while the loop runs, and back on after if it was on.
main() is the command line (python -m timeit in CPython); it picks the number of loops with
autorange() unless -n is given and reports the best of the repeats.
"""

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_SOURCE_NAME = '<timeit-src>'

# The function a Timer compiles.  Line 1 is blank, so with a one-line setup the statement
# sits on line 6 as in CPython's version; `pass` keeps an empty statement legal.
_LOOP_SOURCE = '''
def inner(_loop, _clock{extra}):
    {setup}
    _started = _clock()
    for _n in _loop:
        {stmt}
        pass
    _finished = _clock()
    return _finished - _started
'''

_module_globals = globals


def _indented(source, spaces):
    # Continuation lines of source, moved right to the column of its slot in _LOOP_SOURCE.
    return source.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Times stmt after running setup once.

    stmt and setup are source strings (several statements may be separated by newlines or
    ';') or callables taking no arguments.  timer is the clock, a function returning seconds.
    globals is the namespace the code runs in (default: this module's)."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = _module_globals() if globals is None else globals
        extra = []
        defaults = {}
        pieces = {}
        # The setup is checked first, then the statement compiled after it (so that its
        # errors are reported at the lines they would have after the setup).
        for role, code, depth in (('setup', setup, 4), ('stmt', stmt, 8)):
            if isinstance(code, str):
                before = setup + '\n' if role == 'stmt' and isinstance(setup, str) else ''
                compile(before + code, _SOURCE_NAME, 'exec')
                pieces[role] = _indented(code, depth)
            elif callable(code):
                defaults['_' + role] = code
                extra.append(', _%s=_%s' % (role, role))
                pieces[role] = '_%s()' % role
            else:
                raise ValueError('%s is neither a string nor callable' % role)
        self.src = _LOOP_SOURCE.format(extra=''.join(extra), **pieces)
        made = dict(defaults)
        exec(compile(self.src, _SOURCE_NAME, 'exec'), namespace, made)
        self.inner = made['inner']

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the lines of the
        generated function (file defaults to sys.stderr)."""
        import linecache
        import traceback
        # mtime None: the entry has no file behind it, so checkcache() leaves it alone.
        linecache.cache[_SOURCE_NAME] = (len(self.src), None, self.src.split('\n'), _SOURCE_NAME)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times (setup excluded)."""
        rounds = range(number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(rounds, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), `repeat` times: the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count for which the statement takes at least 0.2 seconds, trying
        1, 2, 5, 10, 20, 50...; returns (number, seconds).  callback(number, seconds) is
        called after each try."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# ---- command line ----------------------------------------------------------------------------

USAGE = """\
usage: timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h] [--] [statement ...]

Runs the statement (the arguments joined by newlines; default 'pass') in a loop and prints
the time of one loop, best of several repeats.

  -n N, --number=N   loops per repeat (default: 1, 2, 5, 10, 20... until 0.2 s is reached)
  -r N, --repeat=N   repeats (default 5)
  -s S, --setup=S    statement run once before each repeat (may be given several times)
  -p, --process      measure process time (time.process_time) instead of wall time
  -u U, --unit=U     unit of the result: nsec, usec, msec or sec
  -v, --verbose      print the autorange tries and every raw time (twice: more digits)
  -h, --help         print this text and exit
"""

_SHORT = {'n': True, 'u': True, 's': True, 'r': True,
          't': False, 'c': False, 'p': False, 'v': False, 'h': False}
_LONG = {'number': True, 'setup': True, 'repeat': True, 'time': False, 'clock': False,
         'process': False, 'verbose': False, 'unit': True, 'help': False}
_SHORT_OF = {'number': 'n', 'setup': 's', 'repeat': 'r', 'time': 't', 'clock': 'c',
             'process': 'p', 'verbose': 'v', 'unit': 'u', 'help': 'h'}


class _OptionError(Exception):
    pass


def _parse_options(args):
    # getopt-style: options until the first argument that is not one (or '--'); clustered
    # short options (-vv, -n10); long options by unique prefix (--num=10, --num 10).
    # Returns ([(letter, value)], remaining arguments); raises _OptionError with getopt's text.
    found = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        word = args.pop(0)
        if word == '--':
            break
        if word.startswith('--'):
            name, has_value, value = word[2:].partition('=')
            if name in _LONG:
                full = name
            else:
                matches = [known for known in _LONG if known.startswith(name)]
                if not matches:
                    raise _OptionError('option --%s not recognized' % name)
                if len(matches) > 1:
                    raise _OptionError('option --%s not a unique prefix' % name)
                full = matches[0]
            if _LONG[full]:
                if not has_value:
                    if not args:
                        raise _OptionError('option --%s requires argument' % full)
                    value = args.pop(0)
            elif has_value:
                raise _OptionError('option --%s must not have an argument' % full)
            found.append((_SHORT_OF[full], value))
            continue
        letters = word[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            if letter not in _SHORT:
                raise _OptionError('option -%s not recognized' % letter)
            if not _SHORT[letter]:
                found.append((letter, ''))
                continue
            if not letters:
                if not args:
                    raise _OptionError('option -%s requires argument' % letter)
                letters = args.pop(0)
            found.append((letter, letters))
            letters = ''
    return found, args


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def _format_time(seconds, unit, digits):
    # With no unit asked for, the largest unit the time reaches (nsec below a nanosecond).
    if unit is None:
        unit = 'nsec'
        for name in ('sec', 'msec', 'usec'):
            if seconds >= _UNITS[name]:
                unit = name
                break
    return '%.*g %s' % (digits, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: main(['-n', '100', 'x = 1']).  Returns None after timing, 0 for
    -h, 1 when the statement raised (its traceback is printed), 2 for bad options.
    _wrap_timer(timer) may replace the clock (for tests)."""
    if args is None:
        args = sys.argv[1:]
    try:
        options, words = _parse_options(args)
    except _OptionError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2

    timer = default_timer
    number = 0
    setups = []
    repeats = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for letter, value in options:
        if letter == 'n':
            number = int(value)
        elif letter == 's':
            setups.append(value)
        elif letter == 'u':
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = value
        elif letter == 'r':
            repeats = max(int(value), 1)
        elif letter == 'p':
            timer = time.process_time
        elif letter == 'v':
            if verbose:
                digits += 1
            verbose += 1
        elif letter == 'h':
            print(USAGE, end=' ')
            return 0
    stmt = '\n'.join(words) or 'pass'
    setup = '\n'.join(setups) or 'pass'

    # Statements may import modules from the current directory.
    from os import curdir
    sys.path.insert(0, curdir)
    t = Timer(stmt, setup, timer if _wrap_timer is None else _wrap_timer(timer))

    if number == 0:
        report = None
        if verbose:
            def report(loops, seconds):
                print('%d loop%s -> %.*g secs' % (loops, '' if loops == 1 else 's', digits,
                                                  seconds))
        try:
            number = t.autorange(report)[0]
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw = t.repeat(repeats, number)
    except BaseException:
        t.print_exc()
        return 1

    if verbose:
        print('raw times: ' + ', '.join(_format_time(dt, unit, digits) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop' % (number, '' if number == 1 else 's', repeats,
                                                  _format_time(best, unit, digits)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (_format_time(worst, unit, digits),
                                  _format_time(best, unit, digits)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
