package fr.gouv.travail.dosiportail.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A SQL {@code date} read into a row map (a birth date, a contract start) is a calendar day: written as
 * {@code 1985-03-14}, never as an instant at midnight UTC that a client could shift by a time zone.
 */
@Configuration(proxyBeanMethods = false)
class SqlDateJson {

    @Bean
    JsonMapperBuilderCustomizer sqlDatesAsCalendarDays() {
        SimpleModule module = new SimpleModule("sql-dates-as-days");
        module.addSerializer(java.sql.Date.class, new ValueSerializer<>() {
            @Override
            public void serialize(java.sql.Date value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.toLocalDate().toString());
            }
        });
        return builder -> builder.addModule(module);
    }
}
