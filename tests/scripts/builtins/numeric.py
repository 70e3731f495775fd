# Numeric builtins: abs, round, divmod, pow, sum, min, max, hex, oct, bin, chr, ord, and the
# int/float/bool constructors, with CPython's messages for misuse.
def t(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)

for e in [
    "abs(-3)", "abs(-2.5)", "abs(True)", "abs(-10**30)", "abs('a')", "abs()", "abs(1, 2)",
    "round(2.5)", "round(3.5)", "round(-0.5)", "round(2.675, 2)", "round(7, -1)", "round(15, -1)", "round(1.5, None)",
    "round(1234.5678, -2)", "type(round(2.5))", "type(round(2.5, 0))", "round('a')", "round(1, 2, 3)", "round(1.5, 'a')",
    "round(float('inf'))", "round(float('nan'))", "round(10**20 + 0.5)",
    "divmod(7, 2)", "divmod(-7, 2)", "divmod(7, -2)", "divmod(7.5, 2)", "divmod(-7.5, 2)", "divmod('a', 1)", "divmod(1, 0)", "divmod(1)",
    "pow(2, 10)", "pow(2, 10, 1000)", "pow(2, -1)", "pow(2, -1, 5)", "pow(3, -2, 7)", "pow(2.0, 3)", "pow(-8, 1/3) if False else 0",
    "pow(1, 2, 3, 4)", "pow(2, 3, 0)", "pow(base=2, exp=3)", "pow(2, 0.5, 3)", "pow(0, -1)", "pow(2, 3, mod=5)", "2 ** 100",
    "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([[1], [2]], [])", "sum([0.1] * 10)", "sum([1.5, 2])", "sum(range(101))",
    "sum(['a'], '')", "sum([b'a'], b'')", "sum([bytearray()], bytearray())", "sum()", "sum(1)", "sum([1], start=5)", "sum(x for x in [])",
    "min(3, 1, 2)", "min([3, 1])", "min([], default=7)", "min([])", "min()", "min(1)", "min([1, 2], key=lambda x: -x)",
    "max('abc')", "max(1, 2, default=3)", "max([], key=len)", "max(['a', 'bbb', 'cc'], key=len)", "min(1, 'a')",
    "max([2, 1, 2], key=lambda x: x)", "min((1, 'b'), (1, 'a'))", "max(True, 2)", "min([3, 1], default=0, key=None)",
    "max(x for x in range(4))", "max(1, 2, key=lambda x: -x)", "max(iter([]), default=None)",
    "hex(255)", "hex(-1)", "hex(0)", "hex(2**70)", "hex(1.0)", "bin(5)", "bin(-5)", "bin(True)", "oct(8)", "oct(-8)", "oct('a')",
    "chr(65)", "chr(0x1F600)", "chr(0)", "chr('a')", "chr(0x110000)", "chr(-1)", "chr(65.0)",
    "ord('a')", "ord('€')", "ord('')", "ord(1)", "ord(b'a')", "ord(bytearray(b'z'))", "ord('ab')",
    "int('10', 2)", "int('z', 36)", "int('0x1f', 16)", "int('0x1f', 0)", "int('1_000')", "int(3.9)", "int(-3.9)", "int('  7  ')",
    "int(x=1)", "int('7', base=8)", "int()", "int(True)", "int('1.5')", "int(float('inf'))", "int('')", "int(b'12')", "int('٣')",
    "float('1.5')", "float()", "float(' -2.5e3 ')", "float('inf')", "float('-nan')", "float('1_0.5')", "float(3)", "float('x')",
    "float(10**400)", "float(None)", "bool()", "bool([])", "bool([0])", "bool(0.0)", "bool('False')", "bool(None)", "bool(x=1)",
    "complex" if False else "0", "int.from_bytes(b'\\x01\\x00', 'big')", "(255).to_bytes(2, 'little')", "(10).bit_length()",
    "True + True", "True / 2", "-True", "~False", "3 // 2.0", "-7 // 2", "-7 % 3", "7 % -3", "2 ** -2", "(-2) ** 0.5 if False else 1",
]:
    t(e)
