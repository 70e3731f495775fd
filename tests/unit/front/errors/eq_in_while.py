while x = y:
  pass
