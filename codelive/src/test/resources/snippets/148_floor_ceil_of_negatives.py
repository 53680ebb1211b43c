import math

for x in [-2.5, -0.5, 0.5, 2.5, -3.0]:
    print(x, math.floor(x), math.ceil(x))
