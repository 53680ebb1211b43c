# Sums of floats and int/float comparisons that every backend renders exactly.
empty = [x * 1.5 for x in range(0)]
print(sum(empty, 0.0), sum([x * 0.5 for x in range(5)]))
print(sum([x / 4 for x in range(0)], 2.5))
big = 2 ** 53
print(big == float(big), big < 2.0 ** 60, 2 ** 60 == 2.0 ** 60, -(2 ** 62) < -1e18)
for n in [3, 2 ** 40, 2 ** 52 + 1]:
    print(n > n - 0.5, n == n * 1.0)
