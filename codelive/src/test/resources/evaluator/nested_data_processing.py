records = [("ann", [90, 85, 77]), ("bob", [60, 75]), ("cy", [])]
for name, scores in records:
    if scores:
        avg = sum(scores) / len(scores)
        print(f"{name:<5}{avg:>8.2f}{max(scores):>5}")
    else:
        print(f"{name:<5}{'n/a':>8}")
best = max((sum(s) / len(s), n) for n, s in records if s)
print(best, sorted([n for n, s in records], reverse=True))
