package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.BinaryOp;
import dev.codelive.codelive.runtime.CompareOp;
import dev.codelive.codelive.runtime.UnaryOp;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.CompareOperator;
import dev.codelive.codelive.syntax.UnaryOperator;

/** The runtime operation for each operator of the syntax tree (also what render-time folding computes with). */
public final class Operations {
    private Operations() {}

    public static BinaryOp binary(BinaryOperator operator) {
        return switch (operator) {
            case ADD -> BinaryOp.ADD;
            case SUBTRACT -> BinaryOp.SUB;
            case MULTIPLY -> BinaryOp.MUL;
            case DIVIDE -> BinaryOp.TRUEDIV;
            case FLOOR_DIVIDE -> BinaryOp.FLOORDIV;
            case MODULO -> BinaryOp.MOD;
            case POWER -> BinaryOp.POW;
        };
    }

    public static UnaryOp unary(UnaryOperator operator) {
        return switch (operator) {
            case NEGATE -> UnaryOp.NEG;
            case PLUS -> UnaryOp.POS;
            case NOT -> UnaryOp.NOT;
        };
    }

    public static CompareOp compare(CompareOperator operator) {
        return switch (operator) {
            case EQUAL -> CompareOp.EQ;
            case NOT_EQUAL -> CompareOp.NE;
            case LESS -> CompareOp.LT;
            case LESS_EQUAL -> CompareOp.LE;
            case GREATER -> CompareOp.GT;
            case GREATER_EQUAL -> CompareOp.GE;
            case IN -> CompareOp.IN;
            case NOT_IN -> CompareOp.NOT_IN;
            case IS -> CompareOp.IS;
            case IS_NOT -> CompareOp.IS_NOT;
        };
    }
}
