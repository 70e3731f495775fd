# string: every constant, and capwords with and without a separator.
import string
for n in sorted(dir(string)):
    if not n.startswith("_") and isinstance(getattr(string,n), str): print(n, repr(getattr(string,n)))
print(string.capwords("  hello   wide world "), string.capwords("a-b-c", "-"), string.capwords("x  y", " "))
