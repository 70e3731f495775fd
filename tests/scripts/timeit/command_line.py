# timeit.main(): the options, the report line and its units, verbose output, errors.  A fake
# clock (through main's _wrap_timer hook) makes every reported time exact: each run of
# tick() advances it by the cost of the current round, in milliseconds.
import io
import sys
import time
import timeit

state = {'now': 0, 'round': 0, 'costs': [1]}
seen_timers = []


def tick():
    costs = state['costs']
    state['now'] += costs[min(state['round'], len(costs) - 1)]


def next_round():
    state['round'] += 1


def fake_clock():
    return state['now'] / 1000


def wrap(timer):
    seen_timers.append(timer)
    return fake_clock


SETUP = ['-s', 'from __main__ import tick, next_round']


def run(args, costs=(1,), quiet_stderr=True):
    state.update(now=0, round=-1, costs=list(costs))
    print('$ timeit', ' '.join(args))
    saved_err = sys.stderr
    sys.stderr = io.StringIO()
    try:
        status = timeit.main(args, _wrap_timer=wrap)
    finally:
        err, sys.stderr = sys.stderr.getvalue(), saved_err
    lines = [x for x in err.splitlines() if x.strip(' ^~') != '']
    print('status', status, 'stderr', lines[-3:])


run(SETUP + ['-s', 'next_round()', '-n', '10', '-r', '3', 'tick()'])
run(SETUP + ['-s', 'next_round()', 'tick()'])
run(SETUP + ['-s', 'next_round()', '-n', '1', '-r', '1', 'tick()'])
run(SETUP + ['-s', 'next_round()', '-r', '0', '-n', '4', 'tick()'])
run(SETUP + ['-s', 'next_round()', '--number=7', '--repeat', '2', 'tick()', 'tick()'])
run(SETUP + ['-s', 'next_round()', '--num', '7', '--rep=2', 'tick()'])
for unit in 'nsec', 'usec', 'msec', 'sec':
    run(SETUP + ['-s', 'next_round()', '-n', '3', '-u', unit, 'tick()'])
run(SETUP + ['-s', 'next_round()', '-n', '3', '--unit=sec', 'tick()'], costs=[2500])
for cost in 0.0004, 0.4, 400, 4e6:
    run(SETUP + ['-s', 'next_round()', '-n', '1', 'tick()'], costs=[cost])
run(SETUP + ['-s', 'next_round()', '-v', 'tick()'])
run(SETUP + ['-s', 'next_round()', '-vv', '-n', '3', 'tick()'], costs=[1, 2, 3.3333, 4, 5])
run(SETUP + ['-s', 'next_round()', '-v', '-v', '-v', '-n', '3', '-r', '2', 'tick()'])
run(SETUP + ['-ps', 'next_round()', '-n2', 'tick()'])
run(SETUP + ['-s', 'next_round()', '-t', '-c', '--time', '--clock', '-n', '2', 'tick()'])
run(SETUP + ['-s', 'next_round()', '-n', '2', '--', '-1', 'tick()'])
print(seen_timers[-3] is time.process_time, seen_timers[-1] is time.perf_counter)

# results more than four times apart give a warning (on stderr)
run(SETUP + ['-s', 'next_round()', '-n', '10', '-r', '3', 'tick()'], costs=[1, 5, 2])
run(SETUP + ['-s', 'next_round()', '-n', '10', '-r', '2', 'tick()'], costs=[1, 3.9])

# the statement raising: traceback on stderr, status 1 (in autorange or in the repeats)
run(SETUP + ['1 / 0'])
run(SETUP + ['-n', '5', 'undefined_name'])
run(['-s', 'import nosuchmodule_xyz', '-n', '1', 'pass'])

# bad options: getopt's messages on stdout, status 2
for args in (['-x'], ['-n'], ['--number'], ['--verbose=3'], ['--bogus'], ['-vq'],
             ['-u', 'hours', 'pass'], ['--unit', 'minutes']):
    run(args)
try:
    timeit.main(['-n', 'many', 'pass'])
except ValueError as e:
    print('ValueError', e)
try:
    timeit.main(['x = = 1'])
except SyntaxError as e:
    print('SyntaxError', e.msg)

# -h prints the usage (the text is minipy's own) and returns 0
saved = sys.stdout
sys.stdout = io.StringIO()
status = timeit.main(['-h'])
help_text, sys.stdout = sys.stdout.getvalue(), saved
print(status, all(option in help_text for option in ['-n', '-r', '-s', '-p', '-u', '-v', '-h']))

# with the real clock: only the shape of the report is checked, never the time
saved = sys.stdout
sys.stdout = io.StringIO()
status = timeit.main(['-n', '100', '-r', '2', '-s', 'x = 1', 'y = x + 1'])
report, sys.stdout = sys.stdout.getvalue(), saved
head = '100 loops, best of 2: '
shape_ok = report.startswith(head) and report.endswith(' per loop\n')
amount, unit = report[len(head):-len(' per loop\n')].split(' ')
print(status, shape_ok, unit in ('nsec', 'usec', 'msec', 'sec'), float(amount) > 0)
