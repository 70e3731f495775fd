x = lambda
