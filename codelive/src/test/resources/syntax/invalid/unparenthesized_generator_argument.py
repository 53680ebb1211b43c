# expect: syntax error: Generator expression must be parenthesized at 2:7
print(x for x in y, 1)
