product = 1
for i in range(1, 100001):
    product = product * i % 998244353
print(product)
