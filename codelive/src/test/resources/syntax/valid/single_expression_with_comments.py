# the sum of the first ten squares

2 ** 100 - 1  # a big int
