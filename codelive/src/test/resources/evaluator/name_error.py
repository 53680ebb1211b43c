print("hello")
print(undefined_name)
