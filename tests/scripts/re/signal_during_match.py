# A signal handler runs during a long match (and may use re itself); when it raises, the match
# stops with that exception, as CPython's matcher does (it checks for signals as it goes).
import re
import signal

calls = []


def handler(signum, frame):
    calls.append(re.sub('a', 'b', 'banana'))    # re used while the outer match is suspended
    if len(calls) == 2:
        raise KeyboardInterrupt('stop the match')


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
try:
    re.match('(x+x+)+y', 'x' * 40)     # would run for years
    print('match ended?')
except KeyboardInterrupt as e:
    print('interrupted:', e)
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
print(calls)
print(re.match('(a)(b)', 'ab').groups(), re.findall(r'\w+', 'still works'))
