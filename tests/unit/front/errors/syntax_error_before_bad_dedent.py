if a:
  if 
:
        c
  d
