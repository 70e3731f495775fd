# The report lists every frame: module, methods, a lambda, a comprehension, a generator.
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()

def consume(gen):
    return [x for x in gen]

def produce(stack):
    yield stack.pop()

s = Stack()
apply = lambda f, *a: f(*a)
apply(consume, produce(s))
