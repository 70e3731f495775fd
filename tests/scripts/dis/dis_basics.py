# dis: the module's interface. The bytecode itself is minipy's own, so this checks what CPython
# and minipy agree on: names, argument values, line starts, and what dis.dis prints about them.
import dis
import io


def add_one(x):
    return x + 1


names = [ins.opname for ins in dis.get_instructions(add_one)]
print(names[0], "LOAD_FAST" in names, "BINARY_OP" in names, names[-1])
loads = [ins for ins in dis.get_instructions(add_one) if ins.opname == "LOAD_FAST"]
print(loads[0].argval, loads[0].argrepr, type(loads[0].offset).__name__)
print(sorted({ins.starts_line for ins in dis.get_instructions(add_one) if ins.starts_line}))
out = io.StringIO()
dis.dis(add_one, file=out)
text = out.getvalue()
print("LOAD_FAST" in text, "(x)" in text, "RETURN_VALUE" in text)
print(dis.opname[dis.opmap["LOAD_CONST"]], isinstance(dis.opmap, dict))
ins = next(dis.get_instructions(add_one))
print(type(ins).__name__, ins._fields[:3])
