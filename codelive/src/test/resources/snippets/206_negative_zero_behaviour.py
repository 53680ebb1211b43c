z = -0.0
print(z)
print(z == 0.0)
print(-z)
print(0.0 * -1)
print(abs(z))
print([z])
