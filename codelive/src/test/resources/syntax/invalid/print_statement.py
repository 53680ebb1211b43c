# expect: syntax error: invalid syntax at 2:7
print "hello"
