result = obj.method().attr[0].other(1, 2)[::2]
