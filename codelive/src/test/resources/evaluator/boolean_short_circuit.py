def t(name, value):
    print("called", name)
    return value

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", "") or t("c", "x"))
print(not 0, not [], not "a", 0 or [] or None, 1 and "yes")
x = [] or [1]
print(x, None or 0, "" and 5)
