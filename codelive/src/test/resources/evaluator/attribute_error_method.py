xs = [1, 2]
print(len(xs))
xs.push(3)
