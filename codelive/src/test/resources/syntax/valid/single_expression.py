sum(i*i for i in range(10))
