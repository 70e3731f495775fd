# format(), f-strings and str.format with the number presentation types.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

n = 1234567
print(f"{n:,} {n:_} {n:_x} {n:#_b} {n:+d} {n: d} {-n:010,} {n:>12} {n:<12}| {n:^12} {n:*^12}")
print(f"{255:#x} {255:#X} {255:#o} {255:b} {65:c} {0x1F600:c} {n:n} {n:e} {n:.2%} {True:d} {True}")
print(f"{1234:08,} {1234:09,} {-1234:010,} {0xabcdef:#012_x} {-1234:+010_x}")
x = 1234.56789
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {x:.3E} {x:g} {x:G} {x:.3} {x:,.2f} {x:_} {x:%}")
print(f"{1e16} {1e16:.17} {123.0:.3} {1.0:.0} {100.0:.1} {1e-7:g} {1e-7:#g} {1.0:#} {1.0:#.0f}")
print(f"{-0.0:z} {-0.001:z.1f} {-0.001:.1f} {float('inf'):010} {float('-inf'):+} {float('nan'):E}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1.5:08.3} {-1.5:=8} {1.5:é<8}")
print("{:,.2f} | {:>10} | {:x}".format(1234567.891, 3.5, 48879), format(3, "03"), format(2 ** 70, ","))
print("%d %5.2f %e %g %x %o %r" % (42, 3.14159, 12345.678, 0.00001, 255, 8, 1.5))
for spec in ["xx", ",x", ".2d", "z", "+c", "q", ",,", "._", ".", "1" * 30]:
    show("format(5, %r)" % spec, lambda: format(5, spec))
for spec in ["d", "x", "q", ",n", ".2147483648f"]:
    show("format(5.0, %r)" % spec, lambda: format(5.0, spec))
show("format(-1, 'c')", lambda: format(-1, "c"))
show("format(10**400, 'f')", lambda: format(10 ** 400, "f"))
