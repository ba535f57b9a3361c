package dev.ismsdecider.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.ismsdecider.mapping.ControlSetEntry;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes the reference data that answers carry unchanged from request to request, the OT control set of the
 * packaged control mapping (51 entries, about a third of a large assessment), from a copy written once. The
 * engine hands every assessment the same list, so while the list is the same object its JSON is the same text:
 * it is written with Jackson's own serializer the first time and copied afterwards. That holds because the list
 * cannot change: the control mapping hands out an unmodifiable list of records that copy their own lists.
 * Another list, and any indented output (the command line's), is written as usual; the bytes are the same
 * either way.
 */
final class ReferenceDataJson extends SimpleModule {

    ReferenceDataJson() {
        super("reference-data");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        JsonFactory factory = ((ObjectMapper) context.getOwner()).getFactory();
        context.addBeanSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                                                                BeanDescription description, JsonSerializer<?> serializer) {
                return type.getContentType().hasRawClass(ControlSetEntry.class) ? new WrittenOnce(factory, serializer) : serializer;
            }
        });
    }

    /** The JSON of one value, kept with the value it was written from. */
    private record Written(Object value, SerializableString json) {
    }

    /** Jackson's serializer for the list, with the last list it wrote and that list's JSON. */
    private static final class WrittenOnce extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {

        private final JsonFactory factory;
        private final JsonSerializer<Object> serializer;
        private volatile Written last;

        @SuppressWarnings("unchecked")
        WrittenOnce(JsonFactory factory, JsonSerializer<?> serializer) {
            this.factory = factory;
            this.serializer = (JsonSerializer<Object>) serializer;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (generator.getPrettyPrinter() != null) {
                serializer.serialize(value, generator, provider);
                return;
            }
            Written written = last;
            if (written == null || written.value() != value) {
                written = new Written(value, write(value, provider));
                last = written;
            }
            generator.writeRawValue(written.json());
        }

        private SerializableString write(Object value, SerializerProvider provider) throws IOException {
            StringWriter json = new StringWriter();
            try (JsonGenerator generator = factory.createGenerator(json)) {
                serializer.serialize(value, generator, provider);
            }
            return new SerializedString(json.toString());
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return serializer.isEmpty(provider, value);
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
            JsonSerializer<?> contextual = serializer instanceof ContextualSerializer c ? c.createContextual(provider, property) : serializer;
            return contextual == serializer ? this : new WrittenOnce(factory, contextual);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (serializer instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }
    }
}
