x, y, z = True, False, True
print(x and y or z, x or y and z, not x or y, not (x or y))
print(x and y and z, x or y or z, 1 and 0, 0 or "fallback")
