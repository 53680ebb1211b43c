g = (i for i in range(6))
print(list(zip(g, g)))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(it))
