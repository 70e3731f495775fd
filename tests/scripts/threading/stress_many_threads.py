# Stress: 10,000 short threads, started and joined one after another, then in batches of 100;
# every one must run exactly once and leave nothing behind.
import threading

ran = []


def short(i):
    ran.append(i)


for i in range(5000):
    t = threading.Thread(target=short, args=(i,))
    t.start()
    t.join()
print("sequential:", len(ran), sum(ran) == sum(range(5000)))

ran.clear()
for batch in range(50):
    threads = [threading.Thread(target=short, args=(batch * 100 + i,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print("batches:", len(ran), sorted(ran) == list(range(5000)))
print("threads left:", threading.active_count(), len(threading.enumerate()))
print("none alive:", not any(t.is_alive() for t in threads))
