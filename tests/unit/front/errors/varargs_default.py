def g(* a=1, b): pass
