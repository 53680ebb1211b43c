def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1


print([sign(n) for n in [-5, 0, 7]])
