a = 1
b = 2
print(not a == b)
print(not a < b)
print(not a or b)
print((not a) or b)
