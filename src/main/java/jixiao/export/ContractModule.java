package jixiao.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import jixiao.model.Box;
import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Project;

/**
 * The contract's JSON shape for the model records, kept out of the model: {@code box} as {@code [x0, y0, x1, y1]}
 * rounded to 2 decimals, {@code box}/{@code cells} omitted when null (every other field is written, null or not),
 * {@code Issue.Severity} as its lowercase name.
 */
final class ContractModule extends SimpleModule {
    ContractModule() {
        super("jixiao-contract");
        addSerializer(Box.class, new BoxSerializer());
        addDeserializer(Box.class, new BoxDeserializer());
        addSerializer(Issue.Severity.class, new SeveritySerializer());
        addDeserializer(Issue.Severity.class, new SeverityDeserializer());
        setMixInAnnotation(Project.class, ProjectMixIn.class);
        setMixInAnnotation(Indicator.class, IndicatorMixIn.class);
        setMixInAnnotation(Document.class, DocumentMixIn.class);
    }

    abstract static class ProjectMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Box box();
    }

    abstract static class IndicatorMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Box box();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Map<String, Indicator.CellRef> cells();
    }

    /** {@code indicatorCount()} is a convenience, not part of the contract. */
    abstract static class DocumentMixIn {
        @JsonIgnore
        abstract int indicatorCount();
    }

    static final class BoxSerializer extends StdSerializer<Box> {
        BoxSerializer() {
            super(Box.class);
        }

        @Override
        public void serialize(Box box, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            for (double v : new double[] {box.x0(), box.y0(), box.x1(), box.y1()}) {
                writeRounded(gen, v);
            }
            gen.writeEndArray();
        }

        private static void writeRounded(JsonGenerator gen, double v) throws IOException {
            if (!Double.isFinite(v)) {
                gen.writeNull(); // JSON has no NaN; a non-finite coordinate is unknown
                return;
            }
            gen.writeNumber(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
        }
    }

    static final class BoxDeserializer extends StdDeserializer<Box> {
        BoxDeserializer() {
            super(Box.class);
        }

        @Override
        public Box deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return (Box) ctxt.handleUnexpectedToken(Box.class, p);
            }
            double[] v = new double[4];
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n == 4 || !p.currentToken().isNumeric()) {
                    return ctxt.reportInputMismatch(Box.class, "a box is an array of 4 numbers; found %s at index %d",
                            p.currentToken(), n);
                }
                v[n++] = p.getDoubleValue();
            }
            if (n != 4) {
                return ctxt.reportInputMismatch(Box.class, "a box is an array of 4 numbers; found %d", n);
            }
            return new Box(v[0], v[1], v[2], v[3]);
        }
    }

    static final class SeveritySerializer extends StdSerializer<Issue.Severity> {
        SeveritySerializer() {
            super(Issue.Severity.class);
        }

        @Override
        public void serialize(Issue.Severity s, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(s.name().toLowerCase(Locale.ROOT));
        }
    }

    static final class SeverityDeserializer extends StdDeserializer<Issue.Severity> {
        SeverityDeserializer() {
            super(Issue.Severity.class);
        }

        @Override
        public Issue.Severity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            for (Issue.Severity s : Issue.Severity.values()) {
                if (s.name().equalsIgnoreCase(text)) {
                    return s;
                }
            }
            return (Issue.Severity) ctxt.handleWeirdStringValue(Issue.Severity.class, text,
                    "severity is error, warning or info");
        }
    }
}
