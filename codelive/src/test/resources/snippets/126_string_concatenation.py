first = "Code"
second = "Live"
print(first + " " + second)
print(first + second + "!")
greeting = "Hello"
greeting += ", world"
print(greeting)
