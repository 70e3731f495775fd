a = 'a' f'{b}' 'c'
b = f'{x}' f'{y}'
c = f'' ''
d = '' f'{z}'
