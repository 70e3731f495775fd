a = 'a' 'b'
b = ('multi'
     'line'
     "join")
c = b'x' b'y'
d = u'a' 'b'
