# expect: not supported yet: argument unpacking at 2:10
print(1, **options)
