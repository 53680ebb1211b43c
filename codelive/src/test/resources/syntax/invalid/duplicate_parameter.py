# expect: syntax error: duplicate argument 'a' in function definition at 2:10
def f(a, a):
    pass
