# Attribute access and method calls on instances of a Python class.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def run():
    total = 0
    for i in range(300000):
        p = Point(i, i + 1)
        total += p.norm2()
    print(total)

run()
