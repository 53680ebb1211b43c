total = 10
total += 5
total -= 3
total *= 2
total /= 4
total //= 1
total %= 4
total **= 3
xs = [1, 2, 3]
xs[0] += 10
print(total, xs)
