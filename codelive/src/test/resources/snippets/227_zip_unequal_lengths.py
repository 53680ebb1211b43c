a = [1, 2, 3, 4]
b = ["w", "x"]
print(len(list(zip(a, b))))
for n, s in zip(a, b):
    print(n, s)
