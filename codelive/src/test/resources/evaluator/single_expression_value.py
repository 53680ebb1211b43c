2 ** 100 + sum(i * i for i in range(10))
