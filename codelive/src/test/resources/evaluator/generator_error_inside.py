def inv(x):
    return 1 / x

print(list(inv(x) for x in [4, 2]))
print(sum(inv(x) for x in [1, 0, 2]))
