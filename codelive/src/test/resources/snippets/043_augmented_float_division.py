x = 7
x /= 2
print(x)
x *= 4
print(x)
x -= 0.5
print(x)
