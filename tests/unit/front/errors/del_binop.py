del x +1
