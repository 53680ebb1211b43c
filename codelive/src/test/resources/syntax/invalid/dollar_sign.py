# expect: syntax error: invalid character '$' (U+0024) at 2:7
x = 1 $ 2
