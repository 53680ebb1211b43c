x = 10
y = x
x = 20
print(x, y)
total_count = x + y
print(total_count)
