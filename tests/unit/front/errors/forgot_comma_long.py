x = [aaa.bbb ccc.ddd]
