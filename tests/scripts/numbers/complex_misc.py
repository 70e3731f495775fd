# complex with the rest of the language: math, sorting, copying, the names it defines.
import math, copy
for s in ['math.sqrt(1j)', 'math.isclose(1j, 1)', "'{:d}'.format(1j)", 'sorted([1j, 2j])', 'max(1j, 2j)',
          'math.fsum([1j])', 'int.__add__(1, 1j)', '1 + 1j.real', 'range(1j)', 'hex(1j)']:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, type(e).__name__, e)
print(sorted(k for k in vars(complex) if not k.startswith('__') or k in ('__complex__', '__getnewargs__', '__format__')))
print(sorted(set(dir(complex)) - set(dir(object))))
print(copy.copy(1 + 2j), copy.deepcopy([1j]), (1 + 2j).__reduce_ex__(2)[1:3])
