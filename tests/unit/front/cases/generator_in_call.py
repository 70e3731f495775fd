any(x > 0 for x in nums)
f(x for x in y)
