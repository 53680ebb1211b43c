# expect: not supported yet: set literals at 2:5
s = {1, 2}
