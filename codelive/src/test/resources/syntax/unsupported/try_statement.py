# expect: not supported yet: try statements at 2:1
try:
    pass
except Exception:
    pass
