# expect: syntax error: 'return' outside function at 2:1
return 1
