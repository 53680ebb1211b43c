# A reduction inside a loop that stays sequential: few long sums (3 of a million values).
x = 0
for k in range(3):
    x = (x * 31 + sum(i * k % 7 for i in range(1000000))) % 1000003
print(x)
