/**
 * The {@code csharp} backend: C# 7 for Mono's {@code mcs -langversion:7 -r:System.Numerics.dll} (run with
 * {@code mono}) and for modern .NET. 64-bit programs use {@code long}; 128-bit and wider ones
 * {@code System.Numerics.BigInteger}. Floats print through an exact shortest-digits search, since Mono's "R" format
 * is not always the shortest round-trip.
 */
package dev.codelive.codelive.backend.csharp;
