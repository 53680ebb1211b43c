# expect: not supported yet: with statements at 2:1
with open("f") as f:
    pass
