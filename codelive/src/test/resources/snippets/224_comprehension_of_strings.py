names = ["ada", "grace", "alan", "edsger"]
print([n for n in names if len(n) > 3])
print([n[::-1] for n in names])
print(sorted([n[1:] for n in names]))
