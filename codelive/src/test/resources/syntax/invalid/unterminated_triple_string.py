# expect: syntax error: unterminated triple-quoted string literal (detected at line 4) at 2:5
x = """abc

def
