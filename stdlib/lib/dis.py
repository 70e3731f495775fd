"""dis — look at the bytecode minipy runs.

    >>> import dis
    >>> def f(x): return x + 1
    >>> dis.dis(f)

prints the instructions of f's code object in the layout of CPython's `python -m dis` (offsets
count instructions, not bytes: minipy's instructions are one 32-bit word each). The opcodes are
minipy's own (vm/opcodes.def, docs/bytecode.md), close to CPython 3.12's.
"""
import sys
from collections import namedtuple

import _dis

opname = list(_dis.opname)
opmap = dict(_dis.opmap)

# One bytecode instruction, as get_instructions() describes it.
Instruction = namedtuple(
    "Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target"],
)


def dis(x=None, *, file=None, depth=None):
    """Print the disassembly of a function, method, code object, class or source string.

    With no argument, disassembles the code of the most recent traceback (as CPython does).
    """
    out = sys.stdout if file is None else file
    if x is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next is not None:
            tb = tb.tb_next
        x = tb.tb_frame.f_code
    if isinstance(x, type):
        # A class: each of its functions, in definition order.
        for name, value in x.__dict__.items():
            target = getattr(value, "__func__", value)
            if hasattr(target, "__code__"):
                out.write(f"Disassembly of {name}:\n")
                out.write(_dis.disassemble(target, depth is None or depth > 0))
                out.write("\n")
        return
    out.write(_dis.disassemble(x, depth is None or depth > 0))


def disassemble(co, lasti=-1, *, file=None):
    """Print the disassembly of one code object, without its nested code objects."""
    out = sys.stdout if file is None else file
    out.write(_dis.disassemble(co, False))


def get_instructions(x):
    """Iterate over the instructions of x (a function, method, code object or source string)."""
    for fields in _dis.instructions(x):
        yield Instruction(*fields)


def code_info(x):
    """A short description of x's code object, in the spirit of CPython's dis.code_info()."""
    co = _dis.code_of(x)
    lines = [
        f"Name:              {co.co_name}",
        f"Filename:          {co.co_filename}",
        f"Argument count:    {co.co_argcount}",
        f"Positional-only arguments: {co.co_posonlyargcount}",
        f"Kw-only arguments: {co.co_kwonlyargcount}",
        f"Number of locals:  {co.co_nlocals}",
        f"Stack size:        {co.co_stacksize}",
        f"Flags:             {co.co_flags:#x}",
    ]
    for title, items in (("Constants", co.co_consts), ("Names", co.co_names),
                         ("Variable names", co.co_varnames), ("Cell variables", co.co_cellvars),
                         ("Free variables", co.co_freevars)):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"   {i}: {item!r}" for i, item in enumerate(items))
    return "\n".join(lines)


def show_code(x, *, file=None):
    """Print code_info(x)."""
    print(code_info(x), file=file)


_USAGE = "usage: dis.py [-h] [infile]\n"


def main(args=None):
    """The command line, `minipy -m dis [infile]`: disassemble a source file (or stdin, for
    none or '-'). Takes the arguments and reports mistakes the way CPython's argparse does."""
    if args is None:
        args = sys.argv[1:]
    infile, extra = None, []
    options_done = False
    for word in args:
        if options_done or word == "-" or not word.startswith("-"):
            if infile is None:
                infile = word
            else:
                extra.append(word)
        elif word == "--":
            options_done = True
        elif word in ("-h", "--help"):
            print(_USAGE + "\npositional arguments:\n  infile\n\noptions:\n"
                  "  -h, --help  show this help message and exit")
            sys.exit(0)
        else:
            extra.append(word)

    def fail(message):
        sys.stderr.write(_USAGE + "dis.py: error: " + message + "\n")
        sys.exit(2)

    name = "-" if infile is None else infile
    if name == "-":
        name, source = "<stdin>", sys.stdin.read()
    else:
        try:
            with open(name, "rb") as f:
                source = f.read()
        except OSError as e:
            fail(f"argument infile: can't open '{name}': {e}")
    if extra:
        fail("unrecognized arguments: " + " ".join(extra))
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    main()
