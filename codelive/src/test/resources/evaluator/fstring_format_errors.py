print(f"{42:d} {'x':>3} {3.5:.1f}")
print(f"{'text':d}")
