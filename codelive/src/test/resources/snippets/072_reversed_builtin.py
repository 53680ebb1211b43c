print(list(reversed([1, 2, 3])))
for x in reversed(range(4)):
    print(x)
print(list(reversed([])))
