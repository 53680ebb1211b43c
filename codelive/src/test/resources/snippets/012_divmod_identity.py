for a in range(-7, 8, 3):
    for b in [-3, -2, 2, 3]:
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
