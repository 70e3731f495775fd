x = [z for q in r i=f (z := q)]
