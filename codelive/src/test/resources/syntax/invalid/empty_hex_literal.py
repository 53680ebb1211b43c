# expect: syntax error: invalid hexadecimal literal at 2:7
x = 0x
