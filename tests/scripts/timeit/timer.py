# timeit.Timer and the module functions: statements and setups as strings or callables, how
# often each runs, the namespace they run in, the clock used, errors; no times are printed.
import gc
import io
import sys
import time
import timeit

print(timeit.__all__)
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)

# the statement runs `number` times, the setup once per timing
counts = {'stmt': 0, 'setup': 0}


def bump_stmt():
    counts['stmt'] += 1


def bump_setup():
    counts['setup'] += 1


t = timeit.Timer(bump_stmt, bump_setup)
result = t.timeit(250)
print(type(result).__name__, result >= 0, counts)
print(len(t.repeat(3, 10)), counts)
print([type(x).__name__ for x in t.repeat(2, 0)], counts)
print(t.timeit(-5) >= 0, counts)

# strings run in the globals given, setup names are visible to the statement
space = {'counts': counts, 'bump': bump_stmt}
timeit.timeit('bump()', number=7, globals=space)
timeit.timeit("counts['stmt'] += n", setup='n = 100', number=3, globals=space)
print(counts)
print(timeit.timeit('x + 1', setup='x = 1', number=1000) >= 0)
print(type(timeit.timeit('pass', number=10)).__name__)
r = timeit.repeat('y = [i for i in range(5)]', 'z = 0', repeat=4, number=20)
print(len(r), all(isinstance(x, float) and x >= 0 for x in r))
print(len(timeit.repeat(number=3)))

# without globals, code runs in the timeit module's namespace
print(timeit.timeit('Timer; gc; sys; time; default_timer', number=1) >= 0)
try:
    timeit.timeit(number=2.5)
except TypeError as e:
    print('TypeError', e)
try:
    timeit.timeit('counts', number=1)
except NameError as e:
    print('NameError', e)

# multi-line statements and setups, ';' separated ones, an empty statement
log = []
timeit.timeit('for i in range(3):\n    log.append(i)\nlog.append("-")', number=2,
              setup='log.append("setup")\nif True:\n    log.append("s2")', globals={'log': log})
print(log)
log.clear()
timeit.timeit('log.append(1); log.append(2)', setup='log.append(0)', number=2,
              globals={'log': log})
print(log)
print(timeit.timeit('', setup='', number=5) >= 0)
print(timeit.timeit(stmt='a = 1\n\nb = 2', number=5) >= 0)

# callable statement with a string setup and the reverse
log.clear()
timeit.timeit(lambda: log.append('call'), setup='log.append("str setup")', number=2,
              globals={'log': log})
timeit.timeit('log.append("str stmt")', setup=lambda: log.append('call setup'), number=2,
              globals={'log': log})
print(log)


# the timer given is the clock read around the loop
class FakeClock:
    def __init__(self, readings):
        self.readings = list(readings)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.readings.pop(0)


clock = FakeClock([10.0, 12.5, 100, 100.25, 1, 2, 3, 4])
t = timeit.Timer('pass', timer=clock)
print(t.timer is clock, t.timeit(5), t.timeit(0), t.repeat(2, 1), clock.calls)
print(timeit.timeit(timer=FakeClock([1, 4]), number=3), timeit.repeat(
    timer=FakeClock([0, 1, 0, 2, 0, 3]), repeat=3, number=1))

# autorange: 1, 2, 5, 10, 20, 50... until 0.2 s, the callback sees every try
cost = {'loops': 0}


def loop_clock():
    return cost['loops'] * 0.001


tries = []
t = timeit.Timer("cost['loops'] += 1", timer=loop_clock, globals={'cost': cost})
print(t.autorange(lambda n, s: tries.append((n, round(s, 6)))), tries, cost)
cost['loops'] = 0
print(t.autorange(), cost)
t = timeit.Timer("cost['loops'] += 1000", timer=loop_clock, globals={'cost': cost})
print(t.autorange())

# garbage collection is off while the loop runs, and restored after
flags = []
print(gc.isenabled())
timeit.timeit('flags.append(gc.isenabled())', setup='import gc', number=3,
              globals={'flags': flags})
print(flags, gc.isenabled())
gc.disable()
timeit.timeit('flags.append(gc.isenabled())', setup='import gc', number=1,
              globals={'flags': flags})
print(flags, gc.isenabled())
gc.enable()
try:
    timeit.timeit('1 / 0', number=1)
except ZeroDivisionError:
    print('raised; gc enabled again:', gc.isenabled())

# errors found when the Timer is made
cases = [('x = = 1', 'pass'), ('pass', 'x = = 1'), ('x = = 1', 'a = 1\nb = 2'),
         ('return 1', 'pass'), ('yield 1', 'pass'), ('yield', 'pass'), ('pass', 'return'),
         ('pass', 'yield x'), ('break', 'pass'), ('continue', 'pass'), ('  x = 1', 'pass'),
         ('pass', '  x = 1'), ('if True:\nx = 1', 'pass'), (5, 'pass'), ('pass', 5),
         (5, 5), ('x = = 1', 5), (5, 'x = = 1'), ('x = = 1', lambda: None), (None, 'pass'),
         ('await x', 'pass'), ('return', lambda: None)]
for stmt, setup in cases:
    try:
        timeit.Timer(stmt, setup)
        print('made', repr(stmt), repr(setup))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print('ValueError', e)

# print_exc shows the line of the statement inside the generated function (CPython's
# ^~~ marker lines are left out: minipy does not draw them)
def tail(text):
    lines = [x for x in text.splitlines() if x.strip() and x.strip(' ^~') != '']
    return lines[-3:]


t = timeit.Timer('x = 1\n1 / 0', setup='a = 1\nb = 2')
try:
    t.timeit(3)
except ZeroDivisionError:
    out = io.StringIO()
    t.print_exc(out)
    print(tail(out.getvalue()))
t = timeit.Timer('missing_name')
try:
    t.repeat(2, 2)
except NameError:
    saved, sys.stderr = sys.stderr, io.StringIO()
    t.print_exc()
    text, sys.stderr = sys.stderr.getvalue(), saved
    print(tail(text))
