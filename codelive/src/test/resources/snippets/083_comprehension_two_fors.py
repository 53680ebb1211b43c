pairs = [[i, j] for i in range(3) for j in range(2)]
print(pairs)
print(len(pairs))
