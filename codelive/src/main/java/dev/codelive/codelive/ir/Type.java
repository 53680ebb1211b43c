package dev.codelive.codelive.ir;

import java.util.List;
import java.util.stream.Collectors;

/** The static type of an IR expression or variable: what every backend declares. */
public sealed interface Type {
    Type INT = new Int();
    Type FLOAT = new Float();
    Type BOOL = new Bool();
    Type STR = new Str();
    Type NONE = new None();
    Type RANGE = new Range();

    /** How Python writes it, for messages: {@code list[int]}. */
    String python();

    /** A Python int; its width for the whole program is {@link Program#intWidth()}. */
    record Int() implements Type {
        @Override
        public String python() {
            return "int";
        }
    }

    /** A Python float: an IEEE 754 double. */
    record Float() implements Type {
        @Override
        public String python() {
            return "float";
        }
    }

    record Bool() implements Type {
        @Override
        public String python() {
            return "bool";
        }
    }

    record Str() implements Type {
        @Override
        public String python() {
            return "str";
        }
    }

    /** The type of None: a function without a return value. */
    record None() implements Type {
        @Override
        public String python() {
            return "None";
        }
    }

    record ListOf(Type element) implements Type {
        @Override
        public String python() {
            return "list[" + element.python() + "]";
        }
    }

    record TupleOf(List<Type> elements) implements Type {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String python() {
            return "tuple[" + elements.stream().map(Type::python).collect(Collectors.joining(", ")) + "]";
        }
    }

    /** A {@code range}: only iterated, measured or materialised, never stored. */
    record Range() implements Type {
        @Override
        public String python() {
            return "range";
        }
    }

    /**
     * A lazy sequence of {@code element}s made by {@code enumerate}, {@code zip}, {@code reversed} or a generator
     * expression: only iterated or consumed by a builtin, never stored.
     */
    record Iter(Type element) implements Type {
        @Override
        public String python() {
            return "iterator[" + element.python() + "]";
        }
    }

    /** Whether {@code for x in <this>} gives ints, etc.: the element type of anything iterable. */
    static Type elementOf(Type iterable) {
        return switch (iterable) {
            case ListOf list -> list.element();
            case Range ignored -> INT;
            case Iter iter -> iter.element();
            case Str ignored -> STR;
            case TupleOf tuple when !tuple.elements().isEmpty() && tuple.elements().stream().allMatch(tuple.elements().getFirst()::equals) ->
                    tuple.elements().getFirst();
            default -> throw new IllegalArgumentException(iterable.python() + " is not iterable with one element type");
        };
    }

    default boolean isNumeric() {
        return this instanceof Int || this instanceof Float || this instanceof Bool;
    }
}
