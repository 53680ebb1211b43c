it = iter([1, 2, 3])
for x in it:
    print(x)
    if x == 1:
        break
print(list(it))
r = reversed("abc")
print(list(r), list(r))
print(list(reversed((1, 2))), list(reversed(range(0, 10, 3))))
