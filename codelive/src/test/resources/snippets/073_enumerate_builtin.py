for i, name in enumerate(["a", "b", "c"]):
    print(i, name)
for i, value in enumerate([10, 20], 1):
    print(i, value)
