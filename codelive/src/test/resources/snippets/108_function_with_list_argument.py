def total(values):
    s = 0
    for v in values:
        s += v
    return s


print(total([1, 2, 3]))
print(total([]))
print(total([5, -5, 10]))
