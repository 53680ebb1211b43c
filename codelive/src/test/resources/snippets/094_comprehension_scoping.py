x = 100
squares = [x * x for x in range(4)]
print(squares)
print(x)
