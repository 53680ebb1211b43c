# A generator reduction whose total outgrows 64 bits (int width proven by the reference run); closed_forms folds it.
print(sum(i * i for i in range(6 * 10 ** 6)))
