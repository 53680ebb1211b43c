// What the editor knows about each language the server may offer: a display name, a CodeMirror mode and a starter.
// A language the server offers that is not listed here still works, as plain text with an empty starter.

const LANGUAGES = {
  python: {
    label: "Python",
    mode: { name: "python", version: 3 },
    indentUnit: 4,
    starter: `import sys

name = sys.stdin.readline().strip() or "world"
print(f"Hello, {name}!")

beats = [1, 0.5, 0.5, 2]
print("bar length:", sum(beats), "beats")
`,
  },
  javascript: {
    label: "JavaScript",
    mode: "text/javascript",
    indentUnit: 2,
    starter: `const beats = [1, 0.5, 0.5, 2];
const total = beats.reduce((sum, beat) => sum + beat, 0);

console.log("Hello from JavaScript!");
console.log(\`bar length: \${total} beats\`);
`,
  },
  typescript: {
    label: "TypeScript",
    mode: "text/typescript",
    indentUnit: 2,
    starter: `interface Note {
  pitch: string;
  beats: number;
}

const notes: Note[] = [
  { pitch: "C4", beats: 1 },
  { pitch: "E4", beats: 0.5 },
  { pitch: "G4", beats: 0.5 },
];

for (const note of notes) {
  console.log(\`\${note.pitch} for \${note.beats} beats\`);
}
`,
  },
  sql: {
    label: "SQL",
    mode: "text/x-sqlite",
    indentUnit: 2,
    starter: `CREATE TABLE notes (pitch TEXT, beats REAL);
INSERT INTO notes VALUES ('C4', 1), ('E4', 0.5), ('G4', 0.5), ('C5', 2);

SELECT pitch, beats, beats * 500 AS ms
FROM notes
ORDER BY beats DESC;
`,
  },
  rust: {
    label: "Rust",
    mode: "rust",
    indentUnit: 4,
    starter: `use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let name = match input.trim() {
        "" => "world",
        name => name,
    };
    println!("Hello, {name}!");

    let beats = [1.0, 0.5, 0.5, 2.0];
    println!("bar length: {} beats", beats.iter().sum::<f64>());
}
`,
  },
  go: {
    label: "Go",
    mode: "text/x-go",
    indentUnit: 4,
    indentWithTabs: true,
    starter: `package main

import (
\t"bufio"
\t"fmt"
\t"os"
\t"strings"
)

func main() {
\tline, _ := bufio.NewReader(os.Stdin).ReadString('\\n')
\tname := strings.TrimSpace(line)
\tif name == "" {
\t\tname = "world"
\t}
\tfmt.Printf("Hello, %s!\\n", name)
}
`,
  },
  csharp: {
    label: "C#",
    mode: "text/x-csharp",
    indentUnit: 4,
    starter: `using System;

class Program
{
    static void Main()
    {
        string name = (Console.In.ReadLine() ?? "").Trim();
        if (name.Length == 0)
        {
            name = "world";
        }
        Console.WriteLine($"Hello, {name}!");
    }
}
`,
  },
};

const PLAIN = { mode: null, indentUnit: 4, starter: "" };

/** Editor settings for a language the server names; unknown languages fall back to plain text. */
export function languageProfile(name) {
  const known = LANGUAGES[name];
  return { label: name, ...PLAIN, ...known };
}
