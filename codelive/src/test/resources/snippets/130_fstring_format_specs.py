pi = 3.14159265
print(f"{pi:.2f}")
print(f"{pi:.4f}")
print(f"{42:5d}|")
print(f"{7:03d}")
print(f"{1234567:,}")
