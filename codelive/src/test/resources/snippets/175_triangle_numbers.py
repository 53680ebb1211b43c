triangles = [n * (n + 1) // 2 for n in range(1, 15)]
print(triangles)
print(sum(triangles))
