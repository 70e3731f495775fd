a < b
a < b <= c
a == b != c
a > b >= c
a is b
a is not b
a in b
a not in b
(a < b) < c
