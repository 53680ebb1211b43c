print(max((x * x * 3 - 7 * x + 2) % 1009 for x in range(500000)))
