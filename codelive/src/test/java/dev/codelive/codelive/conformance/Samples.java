package dev.codelive.codelive.conformance;

/**
 * Small hand-written programs per target for the runner's own tests: one that prints {@code hello} and a number only
 * the target's big-number or wide-integer support can print (so the chosen flags and libraries are exercised), one
 * the compiler rejects (for SQL, one with a syntax error), one that fails at run time, and one that never ends.
 */
record Samples(String hello, String rejected, String crashing, String endless) {
    /** What {@link #hello()} prints. */
    static final String HELLO_OUTPUT = "hello 1267650600228229401496703205376\n";

    static Samples of(Target target) {
        return switch (target) {
            case RUST -> new Samples("""
                    fn main() {
                        let big: u128 = 1u128 << 100;
                        println!("hello {}", big);
                    }
                    """, """
                    fn main() {
                        let x: i32 = "text";
                        println!("{}", x);
                    }
                    """, """
                    fn main() {
                        let v: Vec<i32> = Vec::new();
                        let i = v.len() + 3;
                        println!("{}", v[i]);
                    }
                    """, """
                    fn main() {
                        loop {
                            std::thread::sleep(std::time::Duration::from_millis(20));
                        }
                    }
                    """);
            case TYPESCRIPT -> new Samples("""
                    function main(): void {
                        const big: bigint = 2n ** 100n;
                        process.stdout.write("hello " + big.toString() + "\\n");
                    }
                    main();
                    """, """
                    const x: number = "text";
                    console.log(x);
                    """, """
                    function fail(n: number): number {
                        throw new Error("index " + n + " is out of range");
                    }
                    console.log(fail(3));
                    """, """
                    setInterval(() => {}, 20);
                    """);
            case GO -> new Samples("""
                    package main

                    import (
                    	"fmt"
                    	"math/big"
                    )

                    func main() {
                    	big := new(big.Int).Lsh(big.NewInt(1), 100)
                    	fmt.Println("hello", big.String())
                    }
                    """, """
                    package main

                    func main() {
                    	x := 1
                    }
                    """, """
                    package main

                    import "fmt"

                    func main() {
                    	v := []int{}
                    	i := len(v) + 3
                    	fmt.Println(v[i])
                    }
                    """, """
                    package main

                    import "time"

                    func main() {
                    	for {
                    		time.Sleep(20 * time.Millisecond)
                    	}
                    }
                    """);
            case CSHARP -> new Samples("""
                    using System;
                    using System.Numerics;

                    public static class Program
                    {
                        public static void Main()
                        {
                            BigInteger big = BigInteger.Pow(2, 100);
                            Console.WriteLine("hello " + big);
                        }
                    }
                    """, """
                    public static class Program
                    {
                        public static void Main()
                        {
                            int x = "text";
                        }
                    }
                    """, """
                    using System;

                    public static class Program
                    {
                        public static void Main()
                        {
                            int[] a = new int[1];
                            int i = a.Length + 2;
                            Console.WriteLine(a[i]);
                        }
                    }
                    """, """
                    public static class Program
                    {
                        public static void Main()
                        {
                            while (true) System.Threading.Thread.Sleep(20);
                        }
                    }
                    """);
            case SQLITE -> new Samples("""
                    SELECT 'hello ' || '1267650600228229401496703205376';
                    """, """
                    SELEC 1;
                    """, """
                    SELECT abs(-9223372036854775807 - 1);
                    """, """
                    WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;
                    """);
            case POSTGRES -> new Samples("""
                    SELECT 'hello ' || (2::numeric ^ 100)::numeric(40, 0);
                    """, """
                    SELEC 1;
                    """, """
                    SELECT 1 / 0;
                    """, """
                    SELECT pg_sleep(3600);
                    """);
        };
    }
}
