import math

inf = math.inf
print(inf + 1)
print(inf * -2)
print(1 / inf)
print(-1 / inf)
print(inf > 1e308)
print(min(inf, 5.0), max(-inf, -5.0))
