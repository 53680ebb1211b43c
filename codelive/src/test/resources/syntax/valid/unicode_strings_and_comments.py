# Überprüfung: naïve café, 日本語, emoji 🎵
greeting = "héllo wörld 🎶"
print(greeting, len(greeting), "日本" + "語", f"{greeting!a}")
