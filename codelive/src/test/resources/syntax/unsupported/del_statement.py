# expect: not supported yet: del statements at 2:1
del x
