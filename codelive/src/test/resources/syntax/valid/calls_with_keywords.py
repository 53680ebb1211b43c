a, b = "x", "y"
print(a, b, sep="", end="")
print()
print(a, b, sep=", ")
print("no newline", end="")
print(sorted([3, 1, 2], reverse=True), max([1, 2], default=0))
