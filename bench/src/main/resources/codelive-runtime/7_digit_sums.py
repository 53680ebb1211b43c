# A while loop nested in a for loop: digit sums.
total = 0
for n in range(5 * 10 ** 5):
    m = n
    while m > 0:
        total += m % 10
        m //= 10
print(total)
