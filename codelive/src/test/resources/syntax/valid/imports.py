import math
import math as m
from math import floor, ceil, sqrt, gcd, isqrt, pi
from math import (floor as fl, ceil as ce,)
from typing import List, Tuple
print(floor(2.5), ceil(2.5), sqrt(9), gcd(12, 18), isqrt(17), pi, m.e, fl(1.5), ce(1.5))
