s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple "double" """
print(s1, s2, s3, s4)
print('tab\there', "new\nline", 'quote\'s', "say \"hi\"", 'back\\slash')
print('\x41\u00e9\U0001F600\101\0', "\N{GREEK SMALL LETTER ALPHA}")
print(r'raw\n', R"raw\d+", r'\'')
print('implicit' " concatenation " '''of''' "literals")
print('line \
continued')
