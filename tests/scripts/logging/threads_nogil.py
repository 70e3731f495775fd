# Without the GIL (see .args) the handler lock alone keeps lines whole: threads race through
# one StreamHandler whose stream writes each line in many small pieces.
import logging
import threading


class Pieces:
    def __init__(self):
        self.parts = []

    def write(self, text):
        for ch in text:
            self.parts.append(ch)

    def flush(self):
        pass


stream = Pieces()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(threadName)s: %(message)s'))
log = logging.getLogger('nogil')
log.addHandler(handler)
log.propagate = False
log.setLevel(logging.DEBUG)
start = threading.Barrier(4)


def work():
    start.wait()
    me = threading.current_thread().name
    for i in range(3000):
        log.debug('%s says %d', me, i)


threads = [threading.Thread(target=work, name='t%d' % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = ''.join(stream.parts).splitlines()
whole = [line for line in lines
         if line.split(': ')[0] == line.split(': ')[-1].split(' says ')[0]]
print(len(lines), len(whole) == len(lines) == 12000)
print(sorted(lines)[::3000])
