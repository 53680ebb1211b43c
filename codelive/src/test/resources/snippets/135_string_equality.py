a = "abc"
b = "ab" + "c"
print(a == b)
print(a != "abd")
print("apple" < "banana")
print("Zebra" < "apple")
print("" == "")
