# expect: not supported yet: bytes literals at 2:5
x = b"raw bytes"
