def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))

def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket

print(append_to(1), append_to(2))
start = 5
def offset(x, by=start):
    return x + by
start = 100
print(offset(1))
