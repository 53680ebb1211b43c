# expect: not supported yet: bitwise operators at 2:5
x = ~a
