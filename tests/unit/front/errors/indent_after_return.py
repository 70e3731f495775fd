def f():
  pass
    return
