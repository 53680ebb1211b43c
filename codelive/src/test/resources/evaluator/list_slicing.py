xs = list(range(10))
print(xs[2:7], xs[::3], xs[::-1], xs[-3:], xs[:-7], xs[7:2:-2], xs[100:], xs[-100:2])
print(xs[1:8][::2], xs[:], xs[:] is xs, xs[::-1][::-1] == xs)
