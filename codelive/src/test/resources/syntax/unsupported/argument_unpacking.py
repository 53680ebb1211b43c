# expect: not supported yet: argument unpacking at 2:7
print(*xs)
