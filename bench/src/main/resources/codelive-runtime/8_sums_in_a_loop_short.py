# A reduction inside a loop that stays sequential: many short sums (3000 of 1000 values).
x = 0
for k in range(3000):
    x = (x * 31 + sum(i * k % 7 for i in range(1000))) % 1000003
print(x)
