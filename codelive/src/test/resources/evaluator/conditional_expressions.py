for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, n if n > 0 else -n)
print([x if x % 2 else -x for x in range(5)])
