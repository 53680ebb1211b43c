package dev.codelive.codelive.syntax;

import java.util.HashMap;
import java.util.Map;

/** The kinds of tokens the lexer produces: layout, literals, names, operators and keywords. */
enum TokenKind {
    NAME("name"),
    INT("number"),
    FLOAT("number"),
    STRING("string"),
    FSTRING("f-string"),
    NEWLINE("newline"),
    INDENT("indent"),
    DEDENT("dedent"),
    END("end of input"),
    /** Where lexing stopped on an error; the parser reports it when it gets there, so errors come in source order. */
    ERROR("error"),

    LPAR("("),
    RPAR(")"),
    LSQB("["),
    RSQB("]"),
    LBRACE("{"),
    RBRACE("}"),
    COLON(":"),
    COMMA(","),
    SEMI(";"),
    DOT("."),
    ELLIPSIS("..."),
    RARROW("->"),
    AT("@"),
    EQUAL("="),
    COLONEQUAL(":="),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    DOUBLESTAR("**"),
    SLASH("/"),
    DOUBLESLASH("//"),
    PERCENT("%"),
    TILDE("~"),
    VBAR("|"),
    AMPER("&"),
    CIRCUMFLEX("^"),
    LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    EQEQUAL("=="),
    NOTEQUAL("!="),
    LESS("<"),
    GREATER(">"),
    LESSEQUAL("<="),
    GREATEREQUAL(">="),
    PLUSEQUAL("+="),
    MINEQUAL("-="),
    STAREQUAL("*="),
    DOUBLESTAREQUAL("**="),
    SLASHEQUAL("/="),
    DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="),
    ATEQUAL("@="),
    AMPEREQUAL("&="),
    VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="),

    FALSE("False"),
    NONE("None"),
    TRUE("True"),
    AND("and"),
    AS("as"),
    ASSERT("assert"),
    ASYNC("async"),
    AWAIT("await"),
    BREAK("break"),
    CLASS("class"),
    CONTINUE("continue"),
    DEF("def"),
    DEL("del"),
    ELIF("elif"),
    ELSE("else"),
    EXCEPT("except"),
    FINALLY("finally"),
    FOR("for"),
    FROM("from"),
    GLOBAL("global"),
    IF("if"),
    IMPORT("import"),
    IN("in"),
    IS("is"),
    LAMBDA("lambda"),
    NONLOCAL("nonlocal"),
    NOT("not"),
    OR("or"),
    PASS("pass"),
    RAISE("raise"),
    RETURN("return"),
    TRY("try"),
    WHILE("while"),
    WITH("with"),
    YIELD("yield");

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind kind : values()) {
            if (kind.ordinal() >= FALSE.ordinal()) {
                KEYWORDS.put(kind.text, kind);
            }
        }
    }

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The operator or keyword as written, or a description for the other kinds ("name", "newline"). */
    String text() {
        return text;
    }

    boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }

    /** The keyword spelled {@code word}, or {@link #NAME} for an ordinary (or soft-keyword) name. */
    static TokenKind keywordOrName(String word) {
        return KEYWORDS.getOrDefault(word, NAME);
    }

    /** Whether a token of this kind can begin an expression (so a trailing comma is not followed by one). */
    boolean startsExpression() {
        return switch (this) {
            case NAME, INT, FLOAT, STRING, FSTRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, ELLIPSIS, NOT,
                    FALSE, NONE, TRUE, LAMBDA, AWAIT, YIELD -> true;
            default -> false;
        };
    }

    /** Augmented assignment operators, with the arithmetic operator each applies; null for any other kind. */
    BinaryOperator augmentedOperator() {
        return switch (this) {
            case PLUSEQUAL -> BinaryOperator.ADD;
            case MINEQUAL -> BinaryOperator.SUBTRACT;
            case STAREQUAL -> BinaryOperator.MULTIPLY;
            case DOUBLESTAREQUAL -> BinaryOperator.POWER;
            case SLASHEQUAL -> BinaryOperator.DIVIDE;
            case DOUBLESLASHEQUAL -> BinaryOperator.FLOOR_DIVIDE;
            case PERCENTEQUAL -> BinaryOperator.MODULO;
            default -> null;
        };
    }
}
