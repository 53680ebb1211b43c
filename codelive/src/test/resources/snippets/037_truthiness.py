for value in [0, 1, -1, 5]:
    print(value, "truthy" if value else "falsy")
for x in [0.0, 2.5, -0.0]:
    print(x, "truthy" if x else "falsy")
for s in ["", "a"]:
    print(len(s), "truthy" if s else "falsy")
for items in [[], [0]]:
    print(items, "truthy" if items else "falsy")
