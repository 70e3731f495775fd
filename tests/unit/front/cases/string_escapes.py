a = 'tab\there'
b = 'nl\nx'
c = '\x41\101\u00e9\U0001F600'
d = '\\'
e = '\a\b\f\v\r\0'
f = '\d\q'
g = 'line\
continued'
h = '\777'
