s = 'abc' 'def
