package dk.pulje.spring.web;

import dk.pulje.shared.common.NumberOutOfRange;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every number JSON gives a numeric field (an amount, a year, a score, a size), as a number or as a string, is
 * checked by {@link NumberOutOfRange} from its text before Jackson converts it: {@code 1e400000000} is refused as
 * out of range whether it was meant as an amount or a year, and so is a year past an int's bounds; a map's numeric
 * key (a budget's year) likewise. The check reads
 * only the text, which Jackson's limit on a number's length (1,000 characters) and the body limit keep short.
 */
public final class NumbersInRange extends SimpleModule {

    public NumbersInRange() {
        super("pulje-numbers-in-range");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getType().getRawClass();
                return NumberOutOfRange.isNumber(type) ? new Checked(deserializer, type) : deserializer;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(
                    DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
                return NumberOutOfRange.isNumber(type.getRawClass())
                        ? new CheckedKey(deserializer, type.getRawClass())
                        : deserializer;
            }
        });
    }

    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(ValueDeserializer<?> delegatee, Class<?> type) {
            super(delegatee);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new Checked(delegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT
                    || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_STRING) {
                NumberOutOfRange.requireFits(parser.getString(), type);
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        private final KeyDeserializer delegatee;
        private final Class<?> type;

        CheckedKey(KeyDeserializer delegatee, Class<?> type) {
            this.delegatee = delegatee;
            this.type = type;
        }

        @Override
        public void resolve(DeserializationContext context) {
            delegatee.resolve(context);
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            NumberOutOfRange.requireFits(key, type);
            return delegatee.deserializeKey(key, context);
        }
    }
}
