x = 3037000500
print(x * x)
y = 9223372036854775807
print(y + 1)
print(y * 3)
print(-y - 2)
