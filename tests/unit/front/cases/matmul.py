a @ b
a @= b
