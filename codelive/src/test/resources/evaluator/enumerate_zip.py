names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, name in enumerate(names, start=1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(range(3), "abc", [True, False, None])), list(enumerate([])))
