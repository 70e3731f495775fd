# Several threads compile (through the shared cache) and match at once; each gets the full answer.
import re
import threading

text = 'joe@example.com ann@host.com x@y ' * 2000
results = []
lock = threading.Lock()


def work(i):
    pat = re.compile(r'(\w+)@(\w+)\.com')
    found = pat.findall(text)
    subbed = re.sub(r'(\w+)@', r'\1 at ', text[:40])
    words = [m.group() for m in re.finditer(r'[a-z]+', text)]
    own = re.compile('t%d+' % i).search('xt%dt%d' % (i, i))
    with lock:
        results.append((len(found), found[:2], subbed, len(words), own.span()))


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results, key=lambda r: r[4]):
    print(r)
