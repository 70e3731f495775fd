import threading

def cpu_bound_task():
    result = 0
    for i in range(10000000):
        result += i
    print(f"Result: {result}")

threads = []
for _ in range(4):
    t = threading.Thread(target=cpu_bound_task)
    threads.append(t)
    t.start()

for t in threads:
    t.join()
