# expect: syntax error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers at 2:5
x = 012
