# expect: not supported yet: wildcard imports at 2:18
from math import *
