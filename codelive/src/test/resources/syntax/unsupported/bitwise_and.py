# expect: not supported yet: bitwise operators at 2:7
x = a & b
