a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = ''
f = "it's"
g = 'say "hi"'
h = 'both \' and "'
