s = '''
  indented
    more
'''
t = """a\
b"""
