(x for x in y)
sum(x * 2 for x in y if x)
(x for x in y for z in w)
