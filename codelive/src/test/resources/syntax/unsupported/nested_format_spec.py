# expect: not supported yet: nested format specifications at 2:11
x = f"{y:>{w}}"
