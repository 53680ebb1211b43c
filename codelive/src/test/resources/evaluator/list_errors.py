xs = [1, 2, 3]
print(xs.pop())
xs.remove(5)
