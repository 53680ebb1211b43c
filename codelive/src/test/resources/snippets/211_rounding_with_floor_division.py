for x in [7, -7, 8, -8]:
    print(x, x // 4, -(-x // 4), x % 4)
