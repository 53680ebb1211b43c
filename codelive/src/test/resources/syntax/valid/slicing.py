xs = list(range(10))
print(xs[1:], xs[:3], xs[::-1], xs[2:8:2], xs[::2], xs[-3:], xs[:], xs[1:-1])
i, j, k = 1, 9, 3
print(xs[i:j:k], xs[i:j], xs[:j:k], "hello"[::-1])
