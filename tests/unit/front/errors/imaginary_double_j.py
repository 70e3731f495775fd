x = 3 + 4j + 5jj
