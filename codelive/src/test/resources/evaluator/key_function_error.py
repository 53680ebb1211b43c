def inverse(x):
    return 1 / x

print(sorted([4, 2, 1], key=inverse))
print(sorted([3, 0, 1], key=inverse))
