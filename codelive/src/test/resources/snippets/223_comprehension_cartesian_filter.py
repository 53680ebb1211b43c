print([[x, y] for x in range(1, 5) for y in range(1, 5) if x < y and (x + y) % 2 == 1])
