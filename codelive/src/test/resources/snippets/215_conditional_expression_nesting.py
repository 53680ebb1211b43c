for n in range(-3, 4):
    kind = "big" if n > 2 else "small" if n > 0 else "zero" if n == 0 else "negative"
    value = n * 2 if n % 2 == 0 else n * 3
    print(n, kind, value)
