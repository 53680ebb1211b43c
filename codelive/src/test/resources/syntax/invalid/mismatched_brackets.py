# expect: syntax error: closing parenthesis ']' does not match opening parenthesis '(' at 2:10
x = (1, 2]
