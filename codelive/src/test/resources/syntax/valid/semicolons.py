a = 1; b = 2; c = a + b
print(a); print(b); print(c);
if c: print("yes"); print("still yes")
