def level3(x):
    return x / 0

def level2(x):
    return level3(x) + 1

def level1():
    data = {"a": 1}
    return level2(data["a"])

print("before")
level1()
print("never")
