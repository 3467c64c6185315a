package io.salesplan.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.salesplan.platform.period.Years;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Request bodies are read strictly, so that a CRM connector's mapping bug is a 400 naming the field
 * instead of data silently stored wrong: a field the request does not have, a key given twice, a
 * value of another JSON type ({@code 123} for a string, {@code "30"} for a number, {@code 1.5} for
 * a whole number) and a date or instant outside the years {@value Years#FIRST}–{@value Years#LAST}
 * are all refused. (Events are read leniently by {@code EventCodec}: their readers must tolerate
 * fields added later.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("salesplan-sane-dates").setDeserializerModifier(new SaneDates()));
    }

    /** A date or time outside the years a business date may fall in. */
    public static final class OutOfRange extends MismatchedInputException {
        OutOfRange(JsonParser parser, Class<?> type) {
            super(parser, "must be a " + (type == LocalDate.class ? "date" : "date and time") + " " + Years.HINT, type);
        }
    }

    private static final class SaneDates extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            boolean temporal = type == LocalDate.class || type == OffsetDateTime.class || type == Instant.class;
            return temporal ? new YearChecked(deserializer, type) : deserializer;
        }
    }

    private static final class YearChecked extends DelegatingDeserializer {

        private final Class<?> type;

        YearChecked(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearChecked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            int year = Years.FIRST;
            if (value instanceof LocalDate date) {
                year = date.getYear();
            } else if (value instanceof OffsetDateTime instant) {
                year = instant.getYear();
            } else if (value instanceof Instant instant) {
                year = instant.atOffset(ZoneOffset.UTC).getYear();
            }
            if (!Years.contains(year)) {
                throw new OutOfRange(parser, type);
            }
            return value;
        }
    }
}
