package io.salesplan.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class EventEnumsTest {

    @Test
    void anOptionalValueIsTheConstantOrNullForNullAndUnknownNames() {
        assertThat(EventEnums.optional(DayOfWeek.class, "MONDAY")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(EventEnums.optional(DayOfWeek.class, null)).isNull();
        assertThat(EventEnums.optional(DayOfWeek.class, "monday")).isNull();
        assertThat(EventEnums.optional(DayOfWeek.class, "FUNDAY")).isNull();
    }

    @Test
    void aRequiredValueOutsideTheSetMakesTheEventMalformedNamingWhatItIsAbout() {
        assertThat(EventEnums.required(DayOfWeek.class, "FRIDAY", "goal 1")).isEqualTo(DayOfWeek.FRIDAY);
        assertThatThrownBy(() -> EventEnums.required(DayOfWeek.class, "FUNDAY", "goal 1"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("goal 1 has an unknown DayOfWeek FUNDAY");
        assertThatThrownBy(() -> EventEnums.required(DayOfWeek.class, null, "goal 1"))
                .isInstanceOf(MalformedEventException.class);
    }
}
