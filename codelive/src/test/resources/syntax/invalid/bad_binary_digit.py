# expect: syntax error: invalid digit '2' in binary literal at 2:9
x = 0b102
