a = f'{f"{x}"}'
b = f"{'a' if c else 'b'}"
c = f'{[y for y in z]}'
d = f'{ {1: 2}[1] }'
e = f'{x,}'
