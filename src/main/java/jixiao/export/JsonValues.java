package jixiao.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON values {@link DocumentReader} reads, each given the token the parser is on: text, integers, amounts,
 * lists and objects, with the scalar coercions of Jackson databind's defaults (see {@link DocumentReader}), and the
 * errors, as {@link JsonParseException}s that carry the parser's location. Stateless.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** Reads one element of a list; the parser is on the element's first token. */
    interface Element<T> {
        T read(JsonParser p, JsonToken t) throws IOException;
    }

    static <T> List<T> list(JsonParser p, JsonToken t, String where, Element<T> element) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null; // the record's constructor rejects it, as databind's did
        }
        if (t != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, where + " must be a list; found " + describe(p, t));
        }
        List<T> out = new ArrayList<>();
        for (JsonToken u = p.nextToken(); u != JsonToken.END_ARRAY; u = p.nextToken()) {
            if (u == null) {
                throw new JsonParseException(p, where + ": the file ends inside the list");
            }
            out.add(element.read(p, u));
        }
        return out;
    }

    /** True for a JSON null; false when the parser is at the start of an object; an error otherwise. */
    static boolean nullOrStart(JsonParser p, JsonToken t, String where) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return true;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, where + " must be an object; found " + describe(p, t));
        }
        return false;
    }

    static String string(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != null && t.isScalarValue()) {
            return p.getText(); // 12 or true read as text, as databind does
        }
        throw new JsonParseException(p, "expected text; found " + describe(p, t));
    }

    static Integer integer(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue(); // out of int range: an error
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getValueAsInt(); // truncated, as databind's ACCEPT_FLOAT_AS_INT does
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new JsonParseException(p, "expected an integer; found \"" + text + "\"", e);
            }
        }
        throw new JsonParseException(p, "expected an integer; found " + describe(p, t));
    }

    /** An {@code int} component: null or missing is 0. */
    static int primitive(JsonParser p, JsonToken t) throws IOException {
        Integer v = integer(p, t);
        return v == null ? 0 : v;
    }

    static BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue(); // as written: 5.870 keeps its scale
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new JsonParseException(p, "expected a number; found \"" + text + "\"", e);
            }
        }
        throw new JsonParseException(p, "expected a number; found " + describe(p, t));
    }

    /** A record's constructor rejected what was read (a missing list, an inverted box): an error at this place. */
    static JsonParseException rejected(JsonParser p, String what, RuntimeException e) {
        return new JsonParseException(p, "cannot build " + what + ": " + e, e);
    }

    static JsonParseException unknown(JsonParser p, String where, String field) {
        return new JsonParseException(p, "unknown field \"" + field + "\" in " + where);
    }

    static String describe(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            return "the end of the file";
        }
        return t.isScalarValue() ? t + " " + p.getText() : String.valueOf(t);
    }
}
