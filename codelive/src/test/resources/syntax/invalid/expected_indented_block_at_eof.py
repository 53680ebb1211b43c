# expect: syntax error: expected an indented block after function definition on line 2 at 3:1
def f():
