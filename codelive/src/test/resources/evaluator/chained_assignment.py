a = b = c = 0
print(a, b, c)
xs = ys = []
xs.append(1)
print(xs, ys, xs is ys)
i = j = 2
i += 1
print(i, j)
m = n = [0, 0]
m[0] = n[1] = 5
print(m, n)
