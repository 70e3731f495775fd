# hello.py — the smallest tour: a function, a loop, an f-string.
def greet(name):
    return f"Hello, {name}!"

for who in ["world", "minipy"]:
    print(greet(who))
