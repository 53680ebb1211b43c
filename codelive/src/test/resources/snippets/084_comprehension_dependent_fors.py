triangle = [i * 10 + j for i in range(4) for j in range(i)]
print(triangle)
