import math
print(math.pi)
print(math.tau_is_not_here)
