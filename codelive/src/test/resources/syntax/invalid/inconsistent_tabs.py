# expect: syntax error: inconsistent use of tabs and spaces in indentation at 4:9
if True:
	x = 1
        y = 2
