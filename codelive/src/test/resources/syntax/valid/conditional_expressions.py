n = 7
parity = "even" if n % 2 == 0 else "odd"
sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
print(parity, sign, (1 if n else 2) + 3)
