# expect: not supported yet: global statements at 3:5
def f():
    global x
