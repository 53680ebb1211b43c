# expect: syntax error: only single target (not tuple) can be annotated at 2:1
a, b: int = 1, 2
