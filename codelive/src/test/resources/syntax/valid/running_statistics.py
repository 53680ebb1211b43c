values = [2.5, 3.5, 1.0, 4.0]
n = len(values)
mean = sum(values) / n
variance = sum((v - mean) ** 2 for v in values) / n
print(f"mean={mean} variance={variance:.4f} max={max(values)}")
