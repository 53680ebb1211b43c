# A float reduction: parallel must keep its order (float addition does not associate).
print(sum(1.0 / (k * k) for k in range(1, 4 * 10 ** 6)))
