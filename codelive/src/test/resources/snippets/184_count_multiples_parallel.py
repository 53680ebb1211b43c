print(sum(1 for i in range(10 ** 6) if i % 7 == 0 or i % 11 == 0))
