import math
xs = []
xs.append(1)
xs.append(2)
print(math.sqrt(16), math.pi, xs, "a,b".split(","), ", ".join(["x", "y"]))
print(1 .real, (2).imag, 3.5.real)
