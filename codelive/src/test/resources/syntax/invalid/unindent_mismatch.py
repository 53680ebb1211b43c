# expect: syntax error: unindent does not match any outer indentation level at 5:3
def f():
    if True:
        x = 1
  return x
