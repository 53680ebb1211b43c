# expect: syntax error: 'break' outside loop at 2:1
break
