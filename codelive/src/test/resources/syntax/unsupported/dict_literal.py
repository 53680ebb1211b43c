# expect: not supported yet: dict literals at 2:5
d = {"a": 1}
