# expect: not supported yet: star expressions at 2:6
x = [*xs, 1]
