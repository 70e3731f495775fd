a = f'hello {name}'
b = f"{x} and {y}"
c = f''
d = f'plain'
