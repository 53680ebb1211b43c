from math import sqrt
print(sqrt(9))
from math import square_root
