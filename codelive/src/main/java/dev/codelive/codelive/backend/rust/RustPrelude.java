package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Type;
import java.util.Set;
import java.util.TreeSet;

/** Writes the helpers a program used, after its own code, and the {@code Repr} trait for printing lists and tuples. */
final class RustPrelude {
    private RustPrelude() {}

    static void write(RustContext context, SourceWriter out) {
        if (!context.reprTypes().isEmpty()) {
            out.blank();
            repr(context, out);
        }
        for (RustHelper helper : context.helpers()) {
            out.blank();
            out.raw(helper.code(context.types.intType()));
        }
    }

    private static void repr(RustContext context, SourceWriter out) {
        Set<Type> types = context.reprTypes();
        out.line("/// Python's repr(), for the values this program prints inside lists and tuples.");
        out.line("trait Repr {");
        out.line("    fn repr(&self) -> String;");
        out.line("}");
        Set<Integer> arities = new TreeSet<>();
        boolean lists = false;
        for (Type type : types) {
            switch (type) {
                case Type.Int ignored -> impl(out, context.types.intType(), "self.to_string()");
                case Type.Float ignored -> impl(out, "f64", "float_str(*self)");
                case Type.Bool ignored -> impl(out, "bool", "bool_str(*self).to_string()");
                case Type.Str ignored -> impl(out, "String", "str_repr(self)");
                case Type.None ignored -> impl(out, "()", "\"None\".to_string()");
                case Type.ListOf ignored -> lists = true;
                case Type.TupleOf tuple -> arities.add(tuple.elements().size());
                default -> { }
            }
        }
        if (lists) {
            out.blank();
            out.line("impl<T: Repr> Repr for [T] {");
            out.line("    fn repr(&self) -> String {");
            out.line("        let items: Vec<String> = self.iter().map(Repr::repr).collect();");
            out.line("        format!(\"[{}]\", items.join(\", \"))");
            out.line("    }");
            out.line("}");
            out.blank();
            out.line("impl<T: Repr> Repr for Vec<T> {");
            out.line("    fn repr(&self) -> String {");
            out.line("        self.as_slice().repr()");
            out.line("    }");
            out.line("}");
        }
        for (int arity : arities) {
            StringBuilder generics = new StringBuilder();
            StringBuilder names = new StringBuilder();
            StringBuilder format = new StringBuilder("(");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < arity; i++) {
                String letter = String.valueOf((char) ('A' + i));
                generics.append(i > 0 ? ", " : "").append(letter).append(": Repr");
                names.append(i > 0 ? ", " : "").append(letter);
                format.append(i > 0 ? ", " : "").append("{}");
                values.append(", self.").append(i).append(".repr()");
            }
            format.append(arity == 1 ? ",)" : ")");
            out.blank();
            out.line("impl<" + generics + "> Repr for (" + names + (arity == 1 ? "," : "") + ") {");
            out.line("    fn repr(&self) -> String {");
            out.line("        format!(\"" + format + "\"" + values + ")");
            out.line("    }");
            out.line("}");
        }
    }

    private static void impl(SourceWriter out, String type, String body) {
        out.blank();
        out.line("impl Repr for " + type + " {");
        out.line("    fn repr(&self) -> String {");
        out.line("        " + body);
        out.line("    }");
        out.line("}");
    }
}
