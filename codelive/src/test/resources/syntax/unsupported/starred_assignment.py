# expect: not supported yet: star expressions at 2:4
a, *rest = xs
