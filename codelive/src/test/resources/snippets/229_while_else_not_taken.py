count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        print("stopped at", count)
        break
else:
    print("never stopped")
count = 0
while count < 3:
    count += 1
else:
    print("loop ended normally at", count)
