-1
-x ** -y
2 ** -1
~-x
not -x
