# expect: syntax error: unterminated string literal (detected at line 2) at 2:5
x = "abc
