import struct
for o in '@<>=':
    for c in 'bBhHiIlLqQnN':
        if c in 'nN' and o != '@': continue
        sz = struct.calcsize(o+c); signed = c.islower()
        lo = -(1 << (8*sz-1)) if signed else 0
        hi = (1 << (8*sz-1)) - 1 if signed else (1 << 8*sz) - 1
        for v in (lo-1, hi+1, 2**70, -2**70):
            try: struct.pack(o+c, v); print(o+c, v, 'ok')
            except Exception as e: print(o+c, 'lo' if v==lo-1 else 'hi' if v==hi+1 else v, type(e).__name__, e)
for o in '@<>':
    for c in 'efd':
        for v in (1e300, -1e300, 1e39, 3.5e38, 3.4028235e38, 3.4028236e38, 65520.0, 65504.0, 65519.9, float('inf'), float('nan'), 1e-8, 5.96e-8, 2.98e-8, 2.9802322387695312e-08, 2.98023223876953126e-08):
            try: print(o+c, v, struct.pack(o+c, v).hex())
            except Exception as e: print(o+c, v, type(e).__name__, e)
