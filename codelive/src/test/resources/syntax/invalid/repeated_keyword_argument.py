# expect: syntax error: keyword argument repeated: sep at 2:18
print(1, sep="", sep=" ")
