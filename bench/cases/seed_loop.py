# The seed text's CPU-bound task: 10,000,000 additions in a function, one thread.
def cpu_bound_task():
    result = 0
    for i in range(10000000):
        result += i
    print(f"Result: {result}")

cpu_bound_task()
