// The helpers a rendered C# program may use, as members of its static class Py, each after a "// @helper Name"
// line (further names on that line are private helpers it declares). The backend copies a helper only when the
// program (or another copied helper) uses it, in the order of this file. C# 7, for Mono's mcs and modern .NET.

// @helper FloorDiv
    /// <summary>Python's // on ints: the quotient rounded towards negative infinity.</summary>
    public static long FloorDiv(long a, long b)
    {
        long quotient = a / b;
        return a % b != 0 && (a < 0) != (b < 0) ? quotient - 1 : quotient;
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        BigInteger quotient = BigInteger.Divide(a, b);
        return !(a % b).IsZero && (a.Sign < 0) != (b.Sign < 0) ? quotient - 1 : quotient;
    }

// @helper Mod
    /// <summary>Python's % on ints: the remainder takes the sign of the divisor.</summary>
    public static long Mod(long a, long b)
    {
        long remainder = a % b;
        return remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder;
    }

    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        BigInteger remainder = BigInteger.Remainder(a, b);
        return !remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0) ? remainder + b : remainder;
    }

// @helper FloorDivFloat
    /// <summary>Python's // on floats, computed as CPython does (from fmod, then floored).</summary>
    public static double FloorDivFloat(double a, double b)
    {
        if (b == 0)
        {
            throw new DivideByZeroException("float floor division by zero");
        }
        double remainder = a % b;
        double quotient = (a - remainder) / b;
        if (remainder != 0 && (b < 0) != (remainder < 0))
        {
            quotient -= 1;
        }
        if (quotient == 0)
        {
            double sign = a / b;
            return sign < 0 || (sign == 0 && BitConverter.DoubleToInt64Bits(sign) < 0) ? -0.0 : 0.0;
        }
        double floored = Math.Floor(quotient);
        return quotient - floored > 0.5 ? floored + 1 : floored;
    }

// @helper ModFloat
    /// <summary>Python's % on floats: the remainder takes the sign of the divisor.</summary>
    public static double ModFloat(double a, double b)
    {
        if (b == 0)
        {
            throw new DivideByZeroException("float modulo");
        }
        double remainder = a % b;
        if (remainder == 0)
        {
            return b < 0 ? -0.0 : 0.0;
        }
        return (b < 0) != (remainder < 0) ? remainder + b : remainder;
    }

// @helper Pow
    /// <summary>Python's ** on ints with a non-negative exponent (a negative one would give a float).</summary>
    public static long Pow(long x, long exponent)
    {
        if (exponent < 0)
        {
            throw new ArgumentOutOfRangeException("exponent", "a negative exponent gives a float in Python");
        }
        long result = 1;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result *= x;
            }
            exponent >>= 1;
            if (exponent > 0)
            {
                x *= x;
            }
        }
        return result;
    }

    public static BigInteger Pow(BigInteger x, BigInteger exponent)
    {
        if (exponent.Sign < 0)
        {
            throw new ArgumentOutOfRangeException("exponent", "a negative exponent gives a float in Python");
        }
        return BigInteger.Pow(x, (int)exponent);
    }

// @helper BitLength
    /// <summary>How many bits the magnitude of n needs.</summary>
    public static int BitLength(BigInteger n)
    {
        n = BigInteger.Abs(n);
        int bits = 0;
        while (n > ulong.MaxValue)
        {
            n >>= 64;
            bits += 64;
        }
        ulong rest = (ulong)n;
        while (rest != 0)
        {
            rest >>= 1;
            bits++;
        }
        return bits;
    }

// @helper RatioToDouble
    /// <summary>The double nearest to the fraction n / d (ties to even), like CPython's int / int.</summary>
    public static double RatioToDouble(BigInteger n, BigInteger d)
    {
        bool negative = (n.Sign < 0) != (d.Sign < 0);
        n = BigInteger.Abs(n);
        d = BigInteger.Abs(d);
        if (n.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }
        // Scale so that the integer quotient has 55 or 56 bits; the remainder only matters as a sticky bit.
        int shift = BitLength(d) - BitLength(n) + 55;
        BigInteger numerator = shift >= 0 ? n << shift : n;
        BigInteger denominator = shift >= 0 ? d : d << -shift;
        BigInteger remainder;
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out remainder);
        bool sticky = !remainder.IsZero;
        int exponent = BitLength(quotient) - 1 - shift;
        // 53 significant bits for normal doubles, fewer for subnormal ones.
        int keep = Math.Min(53, exponent + 1075);
        if (keep < 0)
        {
            return negative ? -0.0 : 0.0;
        }
        int drop = BitLength(quotient) - keep;
        BigInteger kept = quotient >> drop;
        BigInteger rest = quotient - (kept << drop);
        BigInteger half = BigInteger.One << (drop - 1);
        if (rest > half || (rest == half && (sticky || !kept.IsEven)))
        {
            kept += 1;
        }
        double result = (double)(long)kept;
        int scale = drop - shift;
        while (scale > 1000)
        {
            result *= Math.Pow(2, 1000);
            scale -= 1000;
        }
        while (scale < -1000)
        {
            result *= Math.Pow(2, -1000);
            scale += 1000;
        }
        result *= Math.Pow(2, scale);
        return negative ? -result : result;
    }

// @helper TrueDiv
    /// <summary>Python's / on ints: the correctly rounded quotient, even beyond 2**53.</summary>
    public static double TrueDiv(long a, long b)
    {
        if (b == 0)
        {
            throw new DivideByZeroException("division by zero");
        }
        const long exact = 1L << 53;
        if (-exact <= a && a <= exact && -exact <= b && b <= exact)
        {
            return (double)a / b;
        }
        return RatioToDouble(a, b);
    }

    public static double TrueDiv(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException("division by zero");
        }
        return RatioToDouble(a, b);
    }

// @helper ToDouble
    /// <summary>Python's float(n) of a big int: correctly rounded.</summary>
    public static double ToDouble(BigInteger n)
    {
        return RatioToDouble(n, BigInteger.One);
    }

// @helper ParseInt
    /// <summary>Python's int(text): surrounding whitespace and underscores between digits allowed.</summary>
    public static long ParseInt(string text)
    {
        return long.Parse(Strip(text).Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

// @helper ParseBigInt
    /// <summary>Python's int(text), for big ints.</summary>
    public static BigInteger ParseBigInt(string text)
    {
        return BigInteger.Parse(Strip(text).Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

// @helper ParseFloat
    /// <summary>Python's float(text), correctly rounded (not relying on the runtime's parser), with inf and nan.</summary>
    public static double ParseFloat(string text)
    {
        string cleaned = Strip(text).Replace("_", "").ToLowerInvariant();
        bool negative = cleaned.StartsWith("-");
        string unsigned = cleaned.TrimStart('+', '-');
        if (unsigned == "inf" || unsigned == "infinity")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (unsigned == "nan")
        {
            return double.NaN;
        }
        int e = unsigned.IndexOf('e');
        int exponent = e < 0 ? 0 : int.Parse(unsigned.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? unsigned : unsigned.Substring(0, e);
        int point = mantissa.IndexOf('.');
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }
        BigInteger digits = BigInteger.Parse(mantissa, CultureInfo.InvariantCulture);
        double magnitude = exponent >= 0
            ? RatioToDouble(digits * BigInteger.Pow(10, exponent), BigInteger.One)
            : RatioToDouble(digits, BigInteger.Pow(10, -exponent));
        return negative ? -magnitude : magnitude;
    }

// @helper Decompose
    /// <summary>A finite nonzero double's magnitude as mantissa * 2**exponent, exactly.</summary>
    public static void Decompose(double x, out BigInteger mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0)
        {
            mantissa = fraction;
            exponent = -1074;
        }
        else
        {
            mantissa = fraction | (1L << 52);
            exponent = biased - 1075;
        }
    }

// @helper ScaledRound
    /// <summary>|x| * 10**power rounded to an integer, half to even, computed exactly.</summary>
    public static BigInteger ScaledRound(double x, int power)
    {
        if (x == 0)
        {
            return BigInteger.Zero;
        }
        BigInteger mantissa;
        int exponent;
        Decompose(x, out mantissa, out exponent);
        BigInteger numerator = mantissa * (exponent > 0 ? BigInteger.Pow(2, exponent) : 1) * (power > 0 ? BigInteger.Pow(10, power) : 1);
        BigInteger denominator = (exponent < 0 ? BigInteger.Pow(2, -exponent) : 1) * (power < 0 ? BigInteger.Pow(10, -power) : 1);
        BigInteger remainder;
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out remainder);
        BigInteger twice = 2 * remainder;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }
        return quotient;
    }

// @helper ShortestDigits Candidate CompareScaled Within
    /// <summary>
    /// The shortest decimal digits that read back as |x| (the closest such when several are as short), and the
    /// exponent of the first digit: what CPython's repr prints. Found exactly, as Mono's "R" format is not always
    /// shortest.
    /// </summary>
    public static string ShortestDigits(double x, out int exponent)
    {
        BigInteger mantissa;
        int twos;
        Decompose(Math.Abs(x), out mantissa, out twos);
        // The interval of reals that round to x, as [low, high] / 2**(2 - twos) * 4 ... kept exact: value = m * 2**twos.
        bool lowerGapHalf = mantissa == (BigInteger.One << 52) && twos > -1074;
        BigInteger value4 = mantissa * 4;
        BigInteger low4 = value4 - (lowerGapHalf ? 1 : 2);
        BigInteger high4 = value4 + 2;
        bool inclusive = mantissa.IsEven;
        int k = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        // Correct k so that 10**k <= |x| < 10**(k+1).
        while (CompareScaled(BigInteger.Pow(10, Math.Max(k, 0)), -Math.Min(k, 0), value4, twos - 2) > 0)
        {
            k--;
        }
        while (CompareScaled(BigInteger.Pow(10, Math.Max(k + 1, 0)), -Math.Min(k + 1, 0), value4, twos - 2) <= 0)
        {
            k++;
        }
        // Whether some n-digit decimal fits only grows with n: search for the smallest n.
        int lowN = 1;
        int highN = 17;
        while (lowN < highN)
        {
            int middle = (lowN + highN) / 2;
            BigInteger unused;
            if (Candidate(middle, k, value4, low4, high4, twos, inclusive, out unused) != null)
            {
                highN = middle;
            }
            else
            {
                lowN = middle + 1;
            }
        }
        BigInteger power;
        string digits = Candidate(lowN, k, value4, low4, high4, twos, inclusive, out power);
        exponent = (int)power + digits.Length - 1;
        return digits.TrimEnd('0');
    }

    /// <summary>The n-digit decimal (digits times 10**power) nearest |x| within its rounding interval, or null.</summary>
    private static string Candidate(int n, int k, BigInteger value4, BigInteger low4, BigInteger high4, int twos, bool inclusive,
        out BigInteger power)
    {
        int p = k - n + 1;
        power = p;
        // |x| / 10**p, as numerator / denominator.
        BigInteger numerator = value4 * (twos - 2 > 0 ? BigInteger.Pow(2, twos - 2) : 1) * (p < 0 ? BigInteger.Pow(10, -p) : 1);
        BigInteger denominator = (twos - 2 < 0 ? BigInteger.Pow(2, 2 - twos) : 1) * (p > 0 ? BigInteger.Pow(10, p) : 1);
        BigInteger remainder;
        BigInteger below = BigInteger.DivRem(numerator, denominator, out remainder);
        BigInteger above = remainder.IsZero ? below : below + 1;
        bool belowFits = Within(below, p, low4, high4, twos - 2, inclusive);
        bool aboveFits = Within(above, p, low4, high4, twos - 2, inclusive);
        if (!belowFits && !aboveFits)
        {
            return null;
        }
        BigInteger chosen;
        if (belowFits && aboveFits)
        {
            // The nearer one; at an exact tie the even one, as CPython's dtoa.
            int order = (remainder * 2).CompareTo(denominator);
            chosen = order < 0 ? below : order > 0 ? above : (below.IsEven ? below : above);
        }
        else
        {
            chosen = belowFits ? below : above;
        }
        return chosen.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Compares a * 10**aTens with b * 2**bTwos (a, b non-negative; aTens the power of ten as 10**-aTens when positive).</summary>
    private static int CompareScaled(BigInteger a, int aNegativeTens, BigInteger b, int bTwos)
    {
        BigInteger left = a * (bTwos < 0 ? BigInteger.Pow(2, -bTwos) : 1);
        BigInteger right = b * (bTwos > 0 ? BigInteger.Pow(2, bTwos) : 1) * BigInteger.Pow(10, aNegativeTens);
        return left.CompareTo(right);
    }

    /// <summary>Whether digits * 10**power lies between low and high (each times 2**twos).</summary>
    private static bool Within(BigInteger digits, int power, BigInteger low, BigInteger high, int twos, bool inclusive)
    {
        BigInteger candidate = digits * (power > 0 ? BigInteger.Pow(10, power) : 1) * (twos < 0 ? BigInteger.Pow(2, -twos) : 1);
        BigInteger scale = (power < 0 ? BigInteger.Pow(10, -power) : 1) * (twos > 0 ? BigInteger.Pow(2, twos) : 1);
        int toLow = candidate.CompareTo(low * scale);
        int toHigh = candidate.CompareTo(high * scale);
        return inclusive ? toLow >= 0 && toHigh <= 0 : toLow > 0 && toHigh < 0;
    }

// @helper ReprFloat
    /// <summary>Python's repr of a float: the shortest digits that round-trip, laid out as CPython does.</summary>
    public static string ReprFloat(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0)
        {
            return BitConverter.DoubleToInt64Bits(x) < 0 ? "-0.0" : "0.0";
        }
        int exponent;
        string digits = ShortestDigits(x, out exponent);
        string sign = x < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16)
        {
            string mantissa = digits.Length > 1 ? digits.Substring(0, 1) + "." + digits.Substring(1) : digits;
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }
        if (exponent < 0)
        {
            return sign + "0." + new string('0', -exponent - 1) + digits;
        }
        if (digits.Length <= exponent + 1)
        {
            return sign + digits + new string('0', exponent + 1 - digits.Length) + ".0";
        }
        return sign + digits.Substring(0, exponent + 1) + "." + digits.Substring(exponent + 1);
    }

// @helper ReprStr Printable
    /// <summary>Python's repr of a str: single quotes unless only double quotes avoid escaping, CPython's escapes.</summary>
    public static string ReprStr(string text)
    {
        char quote = text.Contains("'") && !text.Contains("\"") ? '"' : '\'';
        var output = new StringBuilder().Append(quote);
        foreach (char c in text)
        {
            if (c == quote || c == '\\')
            {
                output.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                output.Append("\\n");
            }
            else if (c == '\r')
            {
                output.Append("\\r");
            }
            else if (c == '\t')
            {
                output.Append("\\t");
            }
            else if (c < 0x20 || c == 0x7F || (c > 0x7F && !Printable(c)))
            {
                output.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("x2") : "\\u" + ((int)c).ToString("x4"));
            }
            else
            {
                output.Append(c);
            }
        }
        return output.Append(quote).ToString();
    }

    private static bool Printable(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return c == ' ';
            default:
                return true;
        }
    }

// @helper Repr
    /// <summary>Python's repr of any value of the subset, looking at its runtime type.</summary>
    public static string Repr(object value)
    {
        if (value is string)
        {
            return ReprStr((string)value);
        }
        if (value is double)
        {
            return ReprFloat((double)value);
        }
        if (value is bool)
        {
            return (bool)value ? "True" : "False";
        }
        if (value is long || value is BigInteger || value is int)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }
        var list = value as IList;
        if (list != null)
        {
            var parts = new List<string>();
            foreach (object item in list)
            {
                parts.Add(Repr(item));
            }
            return "[" + string.Join(", ", parts) + "]";
        }
        var tuple = value as ITuple;
        if (tuple != null)
        {
            var parts = new List<string>();
            for (int i = 0; i < tuple.Length; i++)
            {
                parts.Add(Repr(tuple[i]));
            }
            return "(" + string.Join(", ", parts) + (parts.Count == 1 ? ",)" : ")");
        }
        throw new ArgumentException("no Python repr for " + value);
    }

// @helper Str
    /// <summary>Python's str of any value of the subset: a str itself, the repr of anything else.</summary>
    public static string Str(object value)
    {
        var text = value as string;
        return text ?? Repr(value);
    }

// @helper Compare Eq ToBig
    /// <summary>Python's ordering of ints, floats, strs, bools, lists and tuples: negative, zero or positive.</summary>
    public static int Compare(object a, object b)
    {
        var left = a as IList;
        var right = b as IList;
        if (left != null && right != null)
        {
            for (int i = 0; i < left.Count && i < right.Count; i++)
            {
                if (!Eq(left[i], right[i]))
                {
                    return Compare(left[i], right[i]);
                }
            }
            return left.Count.CompareTo(right.Count);
        }
        var leftTuple = a as ITuple;
        var rightTuple = b as ITuple;
        if (leftTuple != null && rightTuple != null)
        {
            for (int i = 0; i < leftTuple.Length && i < rightTuple.Length; i++)
            {
                if (!Eq(leftTuple[i], rightTuple[i]))
                {
                    return Compare(leftTuple[i], rightTuple[i]);
                }
            }
            return leftTuple.Length.CompareTo(rightTuple.Length);
        }
        if (a is string)
        {
            return Math.Sign(string.CompareOrdinal((string)a, (string)b));
        }
        if (a is double || b is double)
        {
            double x = Convert.ToDouble(a, CultureInfo.InvariantCulture);
            double y = Convert.ToDouble(b, CultureInfo.InvariantCulture);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (a is BigInteger || b is BigInteger)
        {
            return ToBig(a).CompareTo(ToBig(b));
        }
        if (a is bool)
        {
            return ((bool)a).CompareTo((bool)b);
        }
        return Convert.ToInt64(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(b, CultureInfo.InvariantCulture));
    }

    private static BigInteger ToBig(object value)
    {
        return value is BigInteger ? (BigInteger)value : new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    /// <summary>Python's == on values of the subset (lists and tuples element by element).</summary>
    public static bool Eq(object a, object b)
    {
        if (a is IList || a is ITuple)
        {
            int lengthA = a is IList ? ((IList)a).Count : ((ITuple)a).Length;
            int lengthB = b is IList ? ((IList)b).Count : ((ITuple)b).Length;
            return lengthA == lengthB && Compare(a, b) == 0;
        }
        if (a is double || b is double)
        {
            return Convert.ToDouble(a, CultureInfo.InvariantCulture) == Convert.ToDouble(b, CultureInfo.InvariantCulture);
        }
        return Compare(a, b) == 0;
    }

// @helper CompareIntFloat EqIntFloat LessIntFloat GreaterIntFloat
    /// <summary>Python's comparison of an int with a float, exact (C# would round the int to a double first).</summary>
    public static int CompareIntFloat(BigInteger a, double b)
    {
        if (double.IsNaN(b))
        {
            throw new ArgumentException("a comparison with nan is answered by the operator, not an order");
        }
        if (double.IsInfinity(b))
        {
            return b > 0 ? -1 : 1;
        }
        double floor = Math.Floor(b);
        int order = a.CompareTo(new BigInteger(floor));
        return order != 0 ? order : (b > floor ? -1 : 0);
    }

    /// <summary>int == float, exactly.</summary>
    public static bool EqIntFloat(BigInteger a, double b)
    {
        return !double.IsNaN(b) && CompareIntFloat(a, b) == 0;
    }

    /// <summary>int &lt; float, exactly.</summary>
    public static bool LessIntFloat(BigInteger a, double b)
    {
        return !double.IsNaN(b) && CompareIntFloat(a, b) < 0;
    }

    /// <summary>int &gt; float, exactly.</summary>
    public static bool GreaterIntFloat(BigInteger a, double b)
    {
        return !double.IsNaN(b) && CompareIntFloat(a, b) > 0;
    }

// @helper Truthy
    /// <summary>Python's truth value of a value of the subset: zero, empty and false are false.</summary>
    public static bool Truthy(object value)
    {
        if (value is bool)
        {
            return (bool)value;
        }
        if (value is string)
        {
            return ((string)value).Length > 0;
        }
        if (value is double)
        {
            return (double)value != 0;
        }
        if (value is IList)
        {
            return ((IList)value).Count > 0;
        }
        if (value is ITuple)
        {
            return ((ITuple)value).Length > 0;
        }
        if (value is BigInteger)
        {
            return !((BigInteger)value).IsZero;
        }
        return Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;
    }

// @helper Or
    /// <summary>Python's a or b: a when it is true, else b (evaluated only then).</summary>
    public static T Or<T>(T a, Func<T> b)
    {
        return Truthy(a) ? a : b();
    }

// @helper And
    /// <summary>Python's a and b: a when it is false, else b (evaluated only then).</summary>
    public static T And<T>(T a, Func<T> b)
    {
        return Truthy(a) ? b() : a;
    }

// @helper At
    /// <summary>Python's items[i]: negative indexes count from the end.</summary>
    public static T At<T>(IList<T> items, long i)
    {
        return items[checked((int)(i < 0 ? i + items.Count : i))];
    }

    /// <summary>Python's text[i], a one-character str.</summary>
    public static string At(string text, long i)
    {
        return text[checked((int)(i < 0 ? i + text.Length : i))].ToString();
    }

// @helper SetAt
    /// <summary>Python's items[i] = value: negative indexes count from the end.</summary>
    public static void SetAt<T>(IList<T> items, long i, T value)
    {
        items[checked((int)(i < 0 ? i + items.Count : i))] = value;
    }

// @helper SliceIndices Clamp
    /// <summary>The positions Python's slice [lower:upper:step] takes from a sequence of length items, in order.</summary>
    public static List<int> SliceIndices(int length, long? lower, long? upper, long? step)
    {
        long stride = step ?? 1;
        if (stride == 0)
        {
            throw new ArgumentException("slice step cannot be zero");
        }
        long start = Clamp(lower, stride < 0 ? length - 1 : 0, length, stride);
        long stop = Clamp(upper, stride < 0 ? -1 : length, length, stride);
        var positions = new List<int>();
        for (long i = start; stride > 0 ? i < stop : i > stop; i += stride)
        {
            positions.Add((int)i);
        }
        return positions;
    }

    private static long Clamp(long? bound, long fallback, int length, long stride)
    {
        if (bound == null)
        {
            return fallback;
        }
        long position = bound.Value;
        if (position < 0)
        {
            return Math.Max(position + length, stride < 0 ? -1 : 0);
        }
        return Math.Min(position, stride < 0 ? length - 1 : length);
    }

// @helper Slice
    /// <summary>Python's items[lower:upper:step] of a list.</summary>
    public static List<T> Slice<T>(List<T> items, long? lower, long? upper, long? step)
    {
        return SliceIndices(items.Count, lower, upper, step).Select(i => items[i]).ToList();
    }

    /// <summary>Python's text[lower:upper:step] of a str.</summary>
    public static string Slice(string text, long? lower, long? upper, long? step)
    {
        return new string(SliceIndices(text.Length, lower, upper, step).Select(i => text[i]).ToArray());
    }

// @helper Repeat
    /// <summary>Python's items * n: n shallow copies of the elements one after another (none for n &lt;= 0).</summary>
    public static List<T> Repeat<T>(List<T> items, long n)
    {
        var result = new List<T>();
        for (long i = 0; i < n; i++)
        {
            result.AddRange(items);
        }
        return result;
    }

    /// <summary>Python's text * n (empty for n &lt;= 0).</summary>
    public static string Repeat(string text, long n)
    {
        var result = new StringBuilder();
        for (long i = 0; i < n; i++)
        {
            result.Append(text);
        }
        return result.ToString();
    }

// @helper Extend
    /// <summary>Python's items.extend(more) and items += more, also when more is items itself.</summary>
    public static void Extend<T>(List<T> items, IEnumerable<T> more)
    {
        items.AddRange(more.ToList());
    }

// @helper Pop
    /// <summary>Python's items.pop(): removes and returns the last element.</summary>
    public static T Pop<T>(List<T> items)
    {
        T last = items[items.Count - 1];
        items.RemoveAt(items.Count - 1);
        return last;
    }

    /// <summary>Python's items.pop(i): negative indexes count from the end.</summary>
    public static T Pop<T>(List<T> items, long i)
    {
        int position = checked((int)(i < 0 ? i + items.Count : i));
        T item = items[position];
        items.RemoveAt(position);
        return item;
    }

// @helper Insert
    /// <summary>Python's items.insert(i, x): the index is clamped to the list, negative counts from the end.</summary>
    public static void Insert<T>(List<T> items, long i, T item)
    {
        long position = i < 0 ? Math.Max(0, i + items.Count) : Math.Min(i, items.Count);
        items.Insert((int)position, item);
    }

// @helper IndexOf
    /// <summary>Python's items.index(x): the first position of an element == x.</summary>
    public static long IndexOf<T>(List<T> items, T x)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (Eq(items[i], x))
            {
                return i;
            }
        }
        throw new ArgumentException("value is not in list");
    }

// @helper CountOf
    /// <summary>Python's items.count(x): how many elements are == x.</summary>
    public static long CountOf<T>(List<T> items, T x)
    {
        return items.LongCount(item => Eq(item, x));
    }

// @helper Remove
    /// <summary>Python's items.remove(x): deletes the first element == x.</summary>
    public static void Remove<T>(List<T> items, T x)
    {
        items.RemoveAt((int)IndexOf(items, x));
    }

// @helper Contains
    /// <summary>Python's x in items for lists and tuples, comparing with ==.</summary>
    public static bool Contains<T>(IEnumerable<T> items, T x)
    {
        return items.Any(item => Eq(item, x));
    }

// @helper Sort
    /// <summary>Python's items.sort(): stable, in Python's order (strs by code point).</summary>
    public static void Sort<T>(List<T> items)
    {
        var sorted = items.OrderBy(item => item, Comparer<T>.Create((a, b) => Compare(a, b))).ToList();
        items.Clear();
        items.AddRange(sorted);
    }

// @helper Sorted
    /// <summary>Python's sorted(): a new list, ascending (descending when reverse), stable either way.</summary>
    public static List<T> Sorted<T>(IEnumerable<T> items, bool reverse)
    {
        var comparer = Comparer<T>.Create((a, b) => reverse ? Compare(b, a) : Compare(a, b));
        return items.OrderBy(item => item, comparer).ToList();
    }

// @helper Range
    /// <summary>Python's range(start, stop, step), lazily.</summary>
    public static IEnumerable<long> Range(long start, long stop, long step)
    {
        if (step == 0)
        {
            throw new ArgumentException("range() arg 3 must not be zero");
        }
        for (long i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            yield return i;
        }
    }

    public static IEnumerable<BigInteger> Range(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.IsZero)
        {
            throw new ArgumentException("range() arg 3 must not be zero");
        }
        for (BigInteger i = start; step.Sign > 0 ? i < stop : i > stop; i += step)
        {
            yield return i;
        }
    }

// @helper RangeLength
    /// <summary>len(range(start, stop, step)).</summary>
    public static long RangeLength(long start, long stop, long step)
    {
        if (step > 0)
        {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public static BigInteger RangeLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0)
        {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

// @helper RangeContains
    /// <summary>x in range(start, stop, step).</summary>
    public static bool RangeContains(BigInteger x, BigInteger start, BigInteger stop, BigInteger step)
    {
        bool inside = step.Sign > 0 ? start <= x && x < stop : stop < x && x <= start;
        return inside && ((x - start) % step).IsZero;
    }

// @helper Enumerate Live
    /// <summary>Python's enumerate(items, start): pairs of a counter and an element.</summary>
    public static IEnumerable<ValueTuple<long, T>> Enumerate<T>(IEnumerable<T> items, long start)
    {
        long counter = start;
        foreach (T item in Live(items))
        {
            yield return ValueTuple.Create(counter, item);
            counter++;
        }
    }

    /// <summary>A list read by index, as Python iterates it (seeing appends, unlike a List enumerator, which throws).</summary>
    private static IEnumerable<T> Live<T>(IEnumerable<T> items)
    {
        var list = items as IList<T>;
        if (list == null)
        {
            foreach (T item in items)
            {
                yield return item;
            }
            yield break;
        }
        for (int i = 0; i < list.Count; i++)
        {
            yield return list[i];
        }
    }

    public static IEnumerable<ValueTuple<BigInteger, T>> Enumerate<T>(IEnumerable<T> items, BigInteger start)
    {
        BigInteger counter = start;
        foreach (T item in Live(items))
        {
            yield return ValueTuple.Create(counter, item);
            counter++;
        }
    }

// @helper Zip
    /// <summary>Python's zip of two iterables: pairs as long as the shorter lasts.</summary>
    public static IEnumerable<ValueTuple<A, B>> Zip<A, B>(IEnumerable<A> first, IEnumerable<B> second)
    {
        return first.Zip(second, (a, b) => ValueTuple.Create(a, b));
    }

    /// <summary>Python's zip of three iterables.</summary>
    public static IEnumerable<ValueTuple<A, B, C>> Zip<A, B, C>(IEnumerable<A> first, IEnumerable<B> second, IEnumerable<C> third)
    {
        return first.Zip(second, (a, b) => ValueTuple.Create(a, b)).Zip(third, (ab, c) => ValueTuple.Create(ab.Item1, ab.Item2, c));
    }

// @helper Reversed
    /// <summary>Python's reversed() of a list or tuple: the elements from the last to the first.</summary>
    public static IEnumerable<T> Reversed<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i >= 0; i--)
        {
            yield return items[i];
        }
    }

    /// <summary>Python's reversed() of a str.</summary>
    public static IEnumerable<string> Reversed(string text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            yield return text[i].ToString();
        }
    }

// @helper Chars
    /// <summary>The one-character strs of a str, as Python iterates it.</summary>
    public static IEnumerable<string> Chars(string text)
    {
        foreach (char c in text)
        {
            yield return c.ToString();
        }
    }

// @helper SumFloat
    /// <summary>Python's sum() of floats: added one by one from the left, as CPython 3.11 does.</summary>
    public static double SumFloat(IEnumerable<double> items, double start)
    {
        double total = start;
        foreach (double item in items)
        {
            total += item;
        }
        return total;
    }

// @helper Sum
    /// <summary>Python's sum() of ints.</summary>
    public static long Sum(IEnumerable<long> items, long start)
    {
        long total = start;
        foreach (long item in items)
        {
            total += item;
        }
        return total;
    }

    public static BigInteger Sum(IEnumerable<BigInteger> items, BigInteger start)
    {
        BigInteger total = start;
        foreach (BigInteger item in items)
        {
            total += item;
        }
        return total;
    }

// @helper Min MinOf
    /// <summary>Python's min(): the first of the smallest elements.</summary>
    public static T Min<T>(IEnumerable<T> items)
    {
        bool found = false;
        T best = default(T);
        foreach (T item in items)
        {
            if (!found || Compare(item, best) < 0)
            {
                best = item;
                found = true;
            }
        }
        if (!found)
        {
            throw new ArgumentException("min() arg is an empty sequence");
        }
        return best;
    }

    /// <summary>Python's min(a, b, ...).</summary>
    public static T MinOf<T>(params T[] items)
    {
        return Min((IEnumerable<T>)items);
    }

// @helper Max MaxOf
    /// <summary>Python's max(): the first of the largest elements.</summary>
    public static T Max<T>(IEnumerable<T> items)
    {
        bool found = false;
        T best = default(T);
        foreach (T item in items)
        {
            if (!found || Compare(item, best) > 0)
            {
                best = item;
                found = true;
            }
        }
        if (!found)
        {
            throw new ArgumentException("max() arg is an empty sequence");
        }
        return best;
    }

    /// <summary>Python's max(a, b, ...).</summary>
    public static T MaxOf<T>(params T[] items)
    {
        return Max((IEnumerable<T>)items);
    }

// @helper DivMod
    /// <summary>Python's divmod() of ints: the floored quotient and the remainder.</summary>
    public static ValueTuple<long, long> DivMod(long a, long b)
    {
        return ValueTuple.Create(FloorDiv(a, b), Mod(a, b));
    }

    public static ValueTuple<BigInteger, BigInteger> DivMod(BigInteger a, BigInteger b)
    {
        return ValueTuple.Create(FloorDiv(a, b), Mod(a, b));
    }

// @helper DivModFloat
    /// <summary>Python's divmod() of floats.</summary>
    public static ValueTuple<double, double> DivModFloat(double a, double b)
    {
        return ValueTuple.Create(FloorDivFloat(a, b), ModFloat(a, b));
    }

// @helper Chr
    /// <summary>Python's chr(); code points beyond the BMP would break the one-char-per-character strings here.</summary>
    public static string Chr(long code)
    {
        if (code < 0 || code > 0xFFFF)
        {
            throw new ArgumentOutOfRangeException("code", "chr() beyond U+FFFF is not supported by this rendering");
        }
        return ((char)code).ToString();
    }

// @helper RoundHalfEven
    /// <summary>Python's round(x) of a float: the nearest integer, ties to the even one (computed exactly).</summary>
    public static double RoundHalfEven(double x)
    {
        double floor = Math.Floor(x);
        double difference = x - floor;
        return difference > 0.5 || (difference == 0.5 && floor % 2 != 0) ? floor + 1 : floor;
    }

// @helper NegativeZero
    /// <summary>-0.0, which a literal cannot be trusted to give (mcs folds the sign away).</summary>
    public static readonly double NegativeZero = BitConverter.Int64BitsToDouble(long.MinValue);

// @helper RoundFloat
    /// <summary>Python's round(x, digits) of a float: the decimal rounding of the exact value, ties to even.</summary>
    public static double RoundFloat(double x, long digits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0 || digits > 400)
        {
            return x;
        }
        if (digits < -400)
        {
            return x < 0 ? -0.0 : 0.0;
        }
        int places = (int)digits;
        BigInteger scaled = ScaledRound(x, places);
        double magnitude = places >= 0 ? RatioToDouble(scaled, BigInteger.Pow(10, places)) : RatioToDouble(scaled * BigInteger.Pow(10, -places), 1);
        return x < 0 ? -magnitude : magnitude;
    }

// @helper RoundInt
    /// <summary>Python's round(n, digits) of an int: to a multiple of 10**-digits, ties to even.</summary>
    public static BigInteger RoundInt(BigInteger n, long digits)
    {
        if (digits >= 0)
        {
            return n;
        }
        BigInteger unit = BigInteger.Pow(10, (int)-digits);
        BigInteger quotient = FloorDiv(n, unit);
        BigInteger twice = 2 * Mod(n, unit);
        bool up = twice > unit || (twice == unit && !quotient.IsEven);
        return (up ? quotient + 1 : quotient) * unit;
    }

// @helper Gcd
    /// <summary>math.gcd of two ints.</summary>
    public static BigInteger Gcd(BigInteger a, BigInteger b)
    {
        return BigInteger.GreatestCommonDivisor(a, b);
    }

// @helper Lcm
    /// <summary>math.lcm of two ints.</summary>
    public static BigInteger Lcm(BigInteger a, BigInteger b)
    {
        if (a.IsZero || b.IsZero)
        {
            return BigInteger.Zero;
        }
        return BigInteger.Abs(a * b) / BigInteger.GreatestCommonDivisor(a, b);
    }

// @helper Isqrt
    /// <summary>math.isqrt: the largest int whose square is at most n.</summary>
    public static BigInteger Isqrt(BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw new ArgumentException("isqrt() argument must be nonnegative");
        }
        if (n < 2)
        {
            return n;
        }
        BigInteger x = BigInteger.One << ((BitLength(n) + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) / 2;
            if (y >= x)
            {
                return x;
            }
            x = y;
        }
    }

// @helper Factorial
    /// <summary>math.factorial.</summary>
    public static BigInteger Factorial(BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw new ArgumentException("factorial() not defined for negative values");
        }
        BigInteger product = BigInteger.One;
        for (BigInteger i = 2; i <= n; i++)
        {
            product *= i;
        }
        return product;
    }

// @helper Perm
    /// <summary>math.perm(n, k): ordered choices of k from n.</summary>
    public static BigInteger Perm(BigInteger n, BigInteger k)
    {
        if (n.Sign < 0 || k.Sign < 0)
        {
            throw new ArgumentException("perm() arguments must be non-negative");
        }
        if (k > n)
        {
            return BigInteger.Zero;
        }
        BigInteger product = BigInteger.One;
        for (BigInteger i = n - k + 1; i <= n; i++)
        {
            product *= i;
        }
        return product;
    }

// @helper Comb
    /// <summary>math.comb(n, k): unordered choices of k from n.</summary>
    public static BigInteger Comb(BigInteger n, BigInteger k)
    {
        if (n.Sign < 0 || k.Sign < 0)
        {
            throw new ArgumentException("comb() arguments must be non-negative");
        }
        if (k > n)
        {
            return BigInteger.Zero;
        }
        if (k > n - k)
        {
            k = n - k;
        }
        BigInteger result = BigInteger.One;
        for (BigInteger i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result;
    }

// @helper CopySign
    /// <summary>math.copysign: the magnitude of x with the sign of y (also for zeros and nans).</summary>
    public static double CopySign(double x, double y)
    {
        return BitConverter.DoubleToInt64Bits(y) < 0 ? -Math.Abs(x) : Math.Abs(x);
    }

// @helper IsClose
    /// <summary>math.isclose with the default tolerances (relative 1e-09, absolute 0.0).</summary>
    public static bool IsClose(double a, double b)
    {
        if (a == b)
        {
            return true;
        }
        if (double.IsInfinity(a) || double.IsInfinity(b) || double.IsNaN(a) || double.IsNaN(b))
        {
            return false;
        }
        double difference = Math.Abs(b - a);
        return difference <= Math.Abs(1e-9 * b) || difference <= Math.Abs(1e-9 * a);
    }

// @helper IsSpaceChar
    /// <summary>Whether Python's str.isspace() counts the character as whitespace.</summary>
    public static bool IsSpaceChar(char c)
    {
        return (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= ' ') || c == '\x85' || c == '\xa0' || c == '\u1680'
            || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

// @helper Strip
    /// <summary>Python's str.strip(): removes Python's whitespace from both ends.</summary>
    public static string Strip(string text)
    {
        return RStrip(LStrip(text));
    }

// @helper LStrip
    /// <summary>Python's str.lstrip().</summary>
    public static string LStrip(string text)
    {
        int start = 0;
        while (start < text.Length && IsSpaceChar(text[start]))
        {
            start++;
        }
        return text.Substring(start);
    }

// @helper RStrip
    /// <summary>Python's str.rstrip().</summary>
    public static string RStrip(string text)
    {
        int end = text.Length;
        while (end > 0 && IsSpaceChar(text[end - 1]))
        {
            end--;
        }
        return text.Substring(0, end);
    }

// @helper SplitWhitespace
    /// <summary>Python's str.split() without a separator: the runs of non-whitespace.</summary>
    public static List<string> SplitWhitespace(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (IsSpaceChar(c))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

// @helper Split
    /// <summary>Python's str.split(separator).</summary>
    public static List<string> Split(string text, string separator)
    {
        return text.Split(new[] { separator }, StringSplitOptions.None).ToList();
    }

// @helper Replace
    /// <summary>Python's str.replace(old, new): every occurrence, also of the empty string.</summary>
    public static string Replace(string text, string old, string replacement)
    {
        if (old.Length == 0)
        {
            var result = new StringBuilder(replacement);
            foreach (char c in text)
            {
                result.Append(c).Append(replacement);
            }
            return result.ToString();
        }
        return text.Replace(old, replacement);
    }

// @helper CountStr
    /// <summary>Python's str.count(sub): non-overlapping occurrences.</summary>
    public static long CountStr(string text, string sub)
    {
        if (sub.Length == 0)
        {
            return text.Length + 1;
        }
        long count = 0;
        int at = text.IndexOf(sub, StringComparison.Ordinal);
        while (at >= 0)
        {
            count++;
            at = text.IndexOf(sub, at + sub.Length, StringComparison.Ordinal);
        }
        return count;
    }

// @helper IndexStr
    /// <summary>Python's str.index(sub): like find, but the substring must be there.</summary>
    public static long IndexStr(string text, string sub)
    {
        int at = text.IndexOf(sub, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException("substring not found");
        }
        return at;
    }

// @helper IsSpace
    /// <summary>Python's str.isspace().</summary>
    public static bool IsSpace(string text)
    {
        return text.Length > 0 && text.All(IsSpaceChar);
    }

// @helper IsDigit
    /// <summary>Python's str.isdigit().</summary>
    public static bool IsDigit(string text)
    {
        return text.Length > 0 && text.All(c => char.IsDigit(c) || "\u00b2\u00b3\u00b9\u2070\u2074\u2075\u2076\u2077\u2078\u2079".IndexOf(c) >= 0
            || (c >= '\u2080' && c <= '\u2089'));
    }

// @helper IsAlpha
    /// <summary>Python's str.isalpha().</summary>
    public static bool IsAlpha(string text)
    {
        return text.Length > 0 && text.All(char.IsLetter);
    }

// @helper IsAlnum
    /// <summary>Python's str.isalnum().</summary>
    public static bool IsAlnum(string text)
    {
        return text.Length > 0 && text.All(char.IsLetterOrDigit);
    }

// @helper IsUpper
    /// <summary>Python's str.isupper(): some cased character, and no lowercase one.</summary>
    public static bool IsUpper(string text)
    {
        return text.Any(char.IsUpper) && !text.Any(c => char.IsLower(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter);
    }

// @helper IsLower
    /// <summary>Python's str.islower(): some cased character, and no uppercase one.</summary>
    public static bool IsLower(string text)
    {
        return text.Any(char.IsLower) && !text.Any(c => char.IsUpper(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter);
    }

// @helper Title
    /// <summary>Python's str.title(): each run of letters starts uppercase and continues lowercase.</summary>
    public static string Title(string text)
    {
        var result = new StringBuilder();
        bool previousCased = false;
        foreach (char c in text)
        {
            bool cased = char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;
            result.Append(cased ? (previousCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)) : c);
            previousCased = cased;
        }
        return result.ToString();
    }

// @helper Capitalize
    /// <summary>Python's str.capitalize(): the first character uppercase, the rest lowercase.</summary>
    public static string Capitalize(string text)
    {
        return text.Length == 0 ? text : text.Substring(0, 1).ToUpperInvariant() + text.Substring(1).ToLowerInvariant();
    }

// @helper Format InRadix SpecPattern FormatSpec ParseSpec PadFormatted GroupDigits ZeroPaddedWidth SignOf FixedDigits SignificantDigits ExponentDigits GeneralDigits
    /// <summary>A parsed Python format spec: [[fill]align][sign][0][width][grouping][.precision][type].</summary>
    private sealed class FormatSpec
    {
        public string Fill = " ";
        public char Align;
        public char Sign = '-';
        public int Width;
        public string Grouping = "";
        public int Precision = -1;
        public char Type;
    }

    private static readonly Regex SpecPattern = new Regex(@"^(?:(.)?([<>=^]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$",
        RegexOptions.Singleline);

    /// <summary>Parses a format spec the backend has already checked.</summary>
    private static FormatSpec ParseSpec(string spec, char defaultAlign)
    {
        Match match = SpecPattern.Match(spec);
        // A 0 before the width pads with zeros unless a fill is given, after the sign unless an alignment is given.
        bool zero = match.Groups[4].Success;
        var parsed = new FormatSpec();
        parsed.Fill = match.Groups[1].Success ? match.Groups[1].Value : (zero ? "0" : " ");
        parsed.Align = match.Groups[2].Success ? match.Groups[2].Value[0] : (zero && defaultAlign == '>' ? '=' : defaultAlign);
        parsed.Sign = match.Groups[3].Success ? match.Groups[3].Value[0] : '-';
        parsed.Width = match.Groups[5].Success ? int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture) : 0;
        parsed.Grouping = match.Groups[6].Success ? match.Groups[6].Value : "";
        parsed.Precision = match.Groups[7].Success ? int.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : -1;
        parsed.Type = match.Groups[8].Success ? match.Groups[8].Value[0] : '\0';
        return parsed;
    }

    /// <summary>Pads body (after sign) to the spec's width with its fill and alignment.</summary>
    private static string PadFormatted(string sign, string body, FormatSpec spec)
    {
        int padding = Math.Max(0, spec.Width - sign.Length - body.Length);
        Func<int, string> fill = n => string.Concat(Enumerable.Repeat(spec.Fill, n));
        switch (spec.Align)
        {
            case '<':
                return sign + body + fill(padding);
            case '^':
                return fill(padding / 2) + sign + body + fill(padding - padding / 2);
            case '=':
                return sign + fill(padding) + body;
            default:
                return fill(padding) + sign + body;
        }
    }

    /// <summary>
    /// Inserts the grouping character every size digits of the integer part of digits; with zero padding the integer
    /// part grows with grouped zeros to at least minWidth characters in all, as CPython pads "010,".
    /// </summary>
    private static string GroupDigits(string digits, string separator, int size, int minWidth)
    {
        if (separator.Length == 0)
        {
            return digits;
        }
        int point = 0;
        while (point < digits.Length && (size == 3 ? char.IsDigit(digits[point]) : Uri.IsHexDigit(digits[point])))
        {
            point++;
        }
        string whole = digits.Substring(0, point);
        string rest = digits.Substring(point);
        string grouped = "";
        int count = 0;
        for (int i = whole.Length - 1; i >= 0; i--, count++)
        {
            grouped = (count > 0 && count % size == 0 ? whole[i] + separator : whole[i].ToString()) + grouped;
        }
        for (; grouped.Length + rest.Length < minWidth; count++)
        {
            grouped = (count % size == 0 ? "0" + separator : "0") + grouped;
        }
        return grouped + rest;
    }

    /// <summary>How wide the digits must be when the spec pads them with zeros after the sign.</summary>
    private static int ZeroPaddedWidth(string sign, FormatSpec spec)
    {
        return spec.Fill == "0" && spec.Align == '=' ? spec.Width - sign.Length : 0;
    }

    /// <summary>The sign Python writes before a number: "-" when negative, else what the spec asks.</summary>
    private static string SignOf(bool negative, FormatSpec spec)
    {
        return negative ? "-" : spec.Sign == '-' ? "" : spec.Sign.ToString();
    }

    /// <summary>Python's format(text, spec) of a str.</summary>
    public static string Format(string text, string spec)
    {
        FormatSpec parsed = ParseSpec(spec, '<');
        string shown = parsed.Precision >= 0 && text.Length > parsed.Precision ? text.Substring(0, parsed.Precision) : text;
        return PadFormatted("", shown, parsed);
    }

    /// <summary>Python's format(n, spec) of an int.</summary>
    public static string Format(long n, string spec)
    {
        return Format(new BigInteger(n), spec);
    }

    /// <summary>Python's format(n, spec) of a big int.</summary>
    public static string Format(BigInteger n, string spec)
    {
        FormatSpec parsed = ParseSpec(spec, '>');
        if ("eEfFgG%".IndexOf(parsed.Type) >= 0 && parsed.Type != '\0')
        {
            return Format(ToDouble(n), spec);
        }
        BigInteger magnitude = BigInteger.Abs(n);
        int radix = parsed.Type == 'b' ? 2 : parsed.Type == 'o' ? 8 : parsed.Type == 'x' || parsed.Type == 'X' ? 16 : 10;
        string digits = radix == 10 ? magnitude.ToString(CultureInfo.InvariantCulture) : InRadix(magnitude, radix);
        if (parsed.Type == 'X')
        {
            digits = digits.ToUpperInvariant();
        }
        string sign = SignOf(n.Sign < 0, parsed);
        return PadFormatted(sign, GroupDigits(digits, parsed.Grouping, radix == 10 ? 3 : 4, ZeroPaddedWidth(sign, parsed)), parsed);
    }

    private static string InRadix(BigInteger magnitude, int radix)
    {
        if (magnitude.IsZero)
        {
            return "0";
        }
        var digits = new StringBuilder();
        while (!magnitude.IsZero)
        {
            digits.Insert(0, "0123456789abcdef"[(int)(magnitude % radix)]);
            magnitude /= radix;
        }
        return digits.ToString();
    }

    /// <summary>Python's format(x, spec) of a float.</summary>
    public static string Format(double x, string spec)
    {
        FormatSpec parsed = ParseSpec(spec, '>');
        if (parsed.Type == '%')
        {
            x *= 100;
        }
        bool negative = x < 0 || (x == 0 && BitConverter.DoubleToInt64Bits(x) < 0);
        string suffix = parsed.Type == '%' ? "%" : "";
        string body;
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            body = double.IsNaN(x) ? "nan" : "inf";
            if ("EFG".IndexOf(parsed.Type) >= 0 && parsed.Type != '\0')
            {
                body = body.ToUpperInvariant();
            }
            return PadFormatted(SignOf(negative && !double.IsNaN(x), parsed), body + suffix, parsed);
        }
        double magnitude = Math.Abs(x);
        int precision = parsed.Precision < 0 ? 6 : parsed.Precision;
        switch (parsed.Type)
        {
            case 'f':
            case 'F':
            case '%':
                body = FixedDigits(magnitude, precision);
                break;
            case 'e':
            case 'E':
                body = ExponentDigits(magnitude, precision, parsed.Type);
                break;
            case 'g':
            case 'G':
                body = GeneralDigits(magnitude, precision, parsed.Type == 'G' ? 'E' : 'e', false);
                break;
            default:
                body = parsed.Precision < 0 ? ReprFloat(magnitude) : GeneralDigits(magnitude, parsed.Precision, 'e', true);
                break;
        }
        string sign = SignOf(negative, parsed);
        return PadFormatted(sign, GroupDigits(body, parsed.Grouping, 3, ZeroPaddedWidth(sign, parsed) - suffix.Length) + suffix, parsed);
    }

    /// <summary>A nonnegative double with precision digits after the point, rounded exactly (ties to even).</summary>
    private static string FixedDigits(double x, int precision)
    {
        string digits = ScaledRound(x, precision).ToString(CultureInfo.InvariantCulture).PadLeft(precision + 1, '0');
        int point = digits.Length - precision;
        return precision == 0 ? digits : digits.Substring(0, point) + "." + digits.Substring(point);
    }

    /// <summary>The precision + 1 significant digits of a nonnegative double, rounded exactly, and their exponent.</summary>
    private static string SignificantDigits(double x, int precision, out int exponent)
    {
        if (x == 0)
        {
            exponent = 0;
            return new string('0', precision + 1);
        }
        exponent = (int)Math.Floor(Math.Log10(x));
        while (true)
        {
            string digits = ScaledRound(x, precision - exponent).ToString(CultureInfo.InvariantCulture);
            if (digits.Length > precision + 1)
            {
                exponent++;
            }
            else if (digits.Length < precision + 1)
            {
                exponent--;
            }
            else
            {
                return digits;
            }
        }
    }

    /// <summary>A nonnegative double as d.ddde+XX with precision digits after the point.</summary>
    private static string ExponentDigits(double x, int precision, char letter)
    {
        int exponent;
        string digits = SignificantDigits(x, precision, out exponent);
        string mantissa = precision == 0 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
        return mantissa + letter + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Python's "g" presentation (and the typeless one with a precision, which keeps a ".0").</summary>
    private static string GeneralDigits(double x, int precision, char letter, bool keepPointZero)
    {
        int significant = precision == 0 ? 1 : precision;
        int exponent;
        SignificantDigits(x, significant - 1, out exponent);
        // The typeless presentation switches to an exponent one digit earlier, as CPython's repr-like mode does.
        string body = exponent >= -4 && exponent < (keepPointZero ? significant - 1 : significant)
            ? FixedDigits(x, significant - 1 - exponent)
            : ExponentDigits(x, significant - 1, letter);
        int at = body.IndexOf(letter);
        string mantissa = at >= 0 ? body.Substring(0, at) : body;
        string suffix = at >= 0 ? body.Substring(at) : "";
        if (mantissa.Contains("."))
        {
            mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        }
        if (keepPointZero && suffix.Length == 0 && !mantissa.Contains("."))
        {
            mantissa += ".0";
        }
        return mantissa + suffix;
    }

// @helper InParallel ChunkBound Stride
    /// <summary>
    /// Runs work on each of `chunks` contiguous chunks of range(start, stop, step) at once, a thread per chunk. Each chunk writes its result into its own slot, so nothing is shared and the results come back in
    /// chunk order.
    /// </summary>
    public static R[] InParallel<R>(long start, long stop, long step, int chunks, Func<IEnumerable<long>, R> work)
    {
        long count = RangeLength(start, stop, step);
        var partials = new R[chunks];
        RunChunks(chunks, chunk =>
        {
            partials[chunk] = work(Stride(start, step, ChunkBound(count, chunk, chunks), ChunkBound(count, chunk + 1, chunks)));
        });
        return partials;
    }

    public static R[] InParallel<R>(BigInteger start, BigInteger stop, BigInteger step, int chunks, Func<IEnumerable<BigInteger>, R> work)
    {
        long count = (long)RangeLength(start, stop, step);
        var partials = new R[chunks];
        RunChunks(chunks, chunk =>
        {
            partials[chunk] = work(Stride(start, step, ChunkBound(count, chunk, chunks), ChunkBound(count, chunk + 1, chunks)));
        });
        return partials;
    }

    /// <summary>The same for the items of a list: each chunk gets its own copy of its slice.</summary>
    public static R[] InParallel<T, R>(List<T> items, int chunks, Func<IEnumerable<T>, R> work)
    {
        var partials = new R[chunks];
        RunChunks(chunks, chunk =>
        {
            int from = (int)ChunkBound(items.Count, chunk, chunks);
            partials[chunk] = work(items.GetRange(from, (int)ChunkBound(items.Count, chunk + 1, chunks) - from));
        });
        return partials;
    }

    /// <summary>
    /// Runs work(0) .. work(chunks - 1) on a thread each and waits for all of them. Dedicated threads rather than the
    /// task library's parallel loop: under Mono on a busy machine that loop sometimes stalled for many seconds waiting
    /// for the thread pool, and these chunks are few and long.
    /// </summary>
    private static void RunChunks(int chunks, Action<int> work)
    {
        var threads = new System.Threading.Thread[chunks];
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            int mine = chunk;
            threads[chunk] = new System.Threading.Thread(() => work(mine));
            threads[chunk].Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    /// <summary>Where chunk `chunk` of `chunks` starts among `count` indexes: the first count % chunks chunks take one more.</summary>
    private static long ChunkBound(long count, int chunk, int chunks)
    {
        long extra = count % chunks;
        return chunk * (count / chunks) + (chunk < extra ? chunk : extra);
    }

    /// <summary>Elements from..to-1 of range(start, ..., step), computed from the index so that nothing overflows.</summary>
    private static IEnumerable<long> Stride(long start, long step, long from, long to)
    {
        for (long k = from; k < to; k++)
        {
            yield return start + k * step;
        }
    }

    private static IEnumerable<BigInteger> Stride(BigInteger start, BigInteger step, long from, long to)
    {
        for (long k = from; k < to; k++)
        {
            yield return start + k * step;
        }
    }

// @helper ChunkMin ChunkMax Present
    /// <summary>min() of one chunk of a parallel min(), or null when the chunk is empty.</summary>
    public static T? ChunkMin<T>(IEnumerable<T> items) where T : struct, IComparable<T>
    {
        T? best = null;
        foreach (T item in items)
        {
            if (best == null || item.CompareTo(best.Value) < 0)
            {
                best = item;
            }
        }
        return best;
    }

    /// <summary>max() of one chunk of a parallel max(), or null when the chunk is empty.</summary>
    public static T? ChunkMax<T>(IEnumerable<T> items) where T : struct, IComparable<T>
    {
        T? best = null;
        foreach (T item in items)
        {
            if (best == null || item.CompareTo(best.Value) > 0)
            {
                best = item;
            }
        }
        return best;
    }

    /// <summary>The results of the chunks that were not empty, in chunk order.</summary>
    public static IEnumerable<T> Present<T>(IEnumerable<T?> partials) where T : struct
    {
        return partials.Where(partial => partial.HasValue).Select(partial => partial.Value);
    }
