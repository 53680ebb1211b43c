for x in []:
    print("never")
else:
    print("for else on empty")
while False:
    print("never")
else:
    print("while else on false")
total = 0
for c in "":
    total += 1
print(total, [x for x in []], sum([]), list(zip()), any([]), all([]))
