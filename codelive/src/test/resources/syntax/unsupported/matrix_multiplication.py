# expect: not supported yet: matrix multiplication at 2:7
x = a @ b
