from math import inf, nan, pi, e, tau
print(inf, -inf, nan, pi, e, tau, inf > 10 ** 300, nan == nan, inf - inf)
print(int(pi * 1000), round(e, 3), tau / 2 == pi)
