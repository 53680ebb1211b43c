# Accumulator loops whose loop variables are used after them: Python keeps the last values, so they stay sequential.
total = 0
for i in range(10):
    total += i * i
print(total, i)
pairs = 0
for a in range(5):
    for b in range(a):
        pairs += a * b
print(pairs, a, b)
n = 0
for p in range(4):
    for q in range(3):
        n += p * q
print(n, q)
