package dk.pulje.query.audit;

import dk.pulje.shared.personal.PersonalData;
import java.util.Iterator;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.TreeBuildingGenerator;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.util.NameTransformer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Every answer that shows a person logs it, because the answers' JSON mapper (Spring's, never Axon's) writes every
 * {@link PersonalData} value through {@link PersonalDataReads#shown} first: a new endpoint, a JSON-lines export or a
 * field added to a view cannot show a person unlogged. A value turned into a JSON tree (as the audit histories turn
 * each event's payload) stays in the tree as the typed value, so it is logged when an answer writes it, not when a
 * history is read whole to show one page of it.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataAnswers {

    @Bean
    JacksonModule personalDataIsLogged(ObjectProvider<PersonalDataReads> reads) {
        return new SimpleModule("personal-data-is-logged").setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public ValueSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription.Supplier bean, ValueSerializer<?> serializer) {
                return PersonalData.class.isAssignableFrom(bean.getBeanClass())
                        ? new Logged(serializer, reads)
                        : serializer;
            }
        });
    }

    /** Writes a person as the delegate does, once the read is logged. */
    private static final class Logged extends ValueSerializer<Object> {

        private final ValueSerializer<Object> delegate;
        private final ObjectProvider<PersonalDataReads> reads;

        @SuppressWarnings("unchecked")
        Logged(ValueSerializer<?> delegate, ObjectProvider<PersonalDataReads> reads) {
            this.delegate = (ValueSerializer<Object>) delegate;
            this.reads = reads;
        }

        @Override
        public void serialize(Object person, JsonGenerator out, SerializationContext context) {
            if (keptTyped(person, out)) {
                return;
            }
            reads.getObject().shown((PersonalData) person);
            delegate.serialize(person, out, context);
        }

        @Override
        public void serializeWithType(
                Object person, JsonGenerator out, SerializationContext context, TypeSerializer types) {
            if (keptTyped(person, out)) {
                return;
            }
            reads.getObject().shown((PersonalData) person);
            delegate.serializeWithType(person, out, context, types);
        }

        /** Into a tree or buffer, not an answer: the person goes in as the value itself, to be logged when written. */
        private boolean keptTyped(Object person, JsonGenerator out) {
            if (delegate.isUnwrappingSerializer()) {
                return false;
            }
            if (out instanceof TreeBuildingGenerator) {
                out.writeTree(JsonNodeFactory.instance.pojoNode(person));
                return true;
            }
            if (out instanceof TokenBuffer) {
                out.writePOJO(person);
                return true;
            }
            return false;
        }

        @Override
        public void resolve(SerializationContext context) {
            delegate.resolve(context);
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
            ValueSerializer<?> contextual = delegate.createContextual(context, property);
            return contextual == delegate ? this : new Logged(contextual, reads);
        }

        @Override
        public ValueSerializer<Object> unwrappingSerializer(NameTransformer names) {
            return new Logged(delegate.unwrappingSerializer(names), reads);
        }

        @Override
        public ValueSerializer<?> withIgnoredProperties(Set<String> ignored) {
            ValueSerializer<?> narrower = delegate.withIgnoredProperties(ignored);
            return narrower == delegate ? this : new Logged(narrower, reads);
        }

        @Override
        public ValueSerializer<?> withFilterId(Object filterId) {
            ValueSerializer<?> filtered = delegate.withFilterId(filterId);
            return filtered == delegate ? this : new Logged(filtered, reads);
        }

        @Override
        public boolean isUnwrappingSerializer() {
            return delegate.isUnwrappingSerializer();
        }

        @Override
        public boolean isEmpty(SerializationContext context, Object person) {
            return delegate.isEmpty(context, person);
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        @Override
        public ValueSerializer<?> getDelegatee() {
            return delegate;
        }

        @Override
        public boolean usesObjectId() {
            return delegate.usesObjectId();
        }

        @Override
        public Iterator<PropertyWriter> properties() {
            return delegate.properties();
        }

        @Override
        public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType type) {
            delegate.acceptJsonFormatVisitor(visitor, type);
        }
    }
}
