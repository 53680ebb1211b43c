def divide(a, b):
    return a // b, a % b


q, r = divide(17, 5)
print(q, r)
q, r = divide(-17, 5)
print(q, r)
print(divide(100, 7))
