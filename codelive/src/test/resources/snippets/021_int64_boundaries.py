big = 2 ** 63
print(big - 1)
print(-big)
print(big)
print(big * 2)
print(-big - 1)
print(2 ** 64 - 1)
