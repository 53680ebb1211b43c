words = ["alpha", "beta", "gamma"]
print([w[0] for w in words])
print([len(w) for w in words])
print([w + "!" for w in words if len(w) > 4])
