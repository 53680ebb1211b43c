def nest(n):
    if n == 0:
        return 0
    return 1 + sum([nest(n - 1) for _ in range(1)])

print(nest(400))
print(nest(499))
print(nest(500))
