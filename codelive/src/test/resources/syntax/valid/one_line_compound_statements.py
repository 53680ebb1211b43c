def one(): return 1
for i in range(2): print(i)
while False: pass
if one(): print("one")
else: print("none")
