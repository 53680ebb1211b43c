# expect: syntax error: 'break' outside loop at 4:9
for i in range(3):
    def f():
        break
