# expect: not supported yet: complex numbers at 2:9
x = 1 + 2j
