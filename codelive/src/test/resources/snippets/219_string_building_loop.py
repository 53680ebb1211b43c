result = ""
for i in range(5):
    result += str(i)
print(result)
line = ""
for word in ["to", "be", "or", "not"]:
    line = line + word + " "
print(line + "|")
