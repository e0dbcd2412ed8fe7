package jixiao.export;

import java.io.ByteArrayOutputStream;
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
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import jixiao.model.Box;
import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Project;

/**
 * The Jackson databind mapping that {@link JsonExporter} used before it wrote and read the JSON field by field
 * (the contract module and writer settings of that version, unchanged): the reference that
 * {@code JsonExporterTest} holds the streaming writer and reader to, byte for byte and value for value.
 */
final class DatabindReference {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new ContractModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)))
            .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectReader READER = MAPPER.readerFor(Document.class);

    private DatabindReference() {
    }

    static String toJson(Document d) throws IOException {
        return WRITER.writeValueAsString(d) + "\n";
    }

    static byte[] toBytes(Document d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writeValue(out, d);
        out.write('\n');
        return out.toByteArray();
    }

    static Document parse(String json) throws IOException {
        return READER.readValue(json);
    }

    private static final class ContractModule extends SimpleModule {
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
                if (!Double.isFinite(v)) {
                    gen.writeNull();
                    continue;
                }
                gen.writeNumber(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
            }
            gen.writeEndArray();
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
