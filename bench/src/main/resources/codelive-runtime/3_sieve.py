# Sieve of Eratosthenes: list indexing and stores in nested loops.
n = 2000000
is_prime = [True] * (n + 1)
is_prime[0] = False
is_prime[1] = False
i = 2
while i * i <= n:
    if is_prime[i]:
        for j in range(i * i, n + 1, i):
            is_prime[j] = False
    i += 1
count = 0
for flag in is_prime:
    if flag:
        count += 1
print(count)
