def outer(n):
    def inner(m):
        return m * 2
    return inner(n) + 1


print(outer(5))
