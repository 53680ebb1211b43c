# expect: syntax error: 'continue' not properly in loop at 3:5
def f():
    continue
