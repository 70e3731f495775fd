if a:
  if b:
        c
  d
if e:
	f
