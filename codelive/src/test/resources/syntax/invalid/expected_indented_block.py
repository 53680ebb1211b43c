# expect: syntax error: expected an indented block after 'if' statement on line 2 at 3:1
if True:
pass
