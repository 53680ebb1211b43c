xs = [10, 20, 30]
i = 0
while True:
    print(xs[i])
    i += 1
