names = ["ada", "grace", "alan"]
for i, name in enumerate(names):
    print(i, name)
for i, (a, b) in enumerate(zip(names, names[1:])):
    print(i, a, b)
