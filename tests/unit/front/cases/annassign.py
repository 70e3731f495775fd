x: int
y: int = 5
(z): str = 'a'
a.b: float
c[0]: list = []
d: tuple = 1, 2
