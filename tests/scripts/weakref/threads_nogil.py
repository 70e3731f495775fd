# threads.py again, run with --no-gil (threads_nogil.py.args): same output without the GIL.
with open('threads.py') as source:
    exec(compile(source.read(), 'threads.py', 'exec'))
