été = 1
π = 3.14
日本 = été + π
_private = __dunder__
