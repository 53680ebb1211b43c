# expect: not supported yet: bitwise operators at 2:3
x |= 1
