# expect: not supported yet: lambda expressions at 2:20
f = sorted(xs, key=lambda x: -x)
