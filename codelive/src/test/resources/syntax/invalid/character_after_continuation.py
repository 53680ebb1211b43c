# expect: syntax error: unexpected character after line continuation character at 2:7
x = 1 \ 2
