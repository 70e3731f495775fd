a = 'x' "y" '''z''' b'q' rb'\d' u'u'
b = '''multi
line'''
