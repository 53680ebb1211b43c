print(7 % 3)
print(10 % 5)
print(0 % 4)
print(123 % 10)
