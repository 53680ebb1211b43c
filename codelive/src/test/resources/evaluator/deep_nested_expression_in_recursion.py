def f(n):
    if n == 0:
        return 0
    return (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + f(n - 1)))))))))) - 10)

print(f(900))
