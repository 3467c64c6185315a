package io.salesplan.goals.common;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.CursorCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Beans of the platform library that CDI cannot build on its own: {@link CursorCodec} declares two
 * constructors and marks neither with {@code @Inject}.
 */
public class PlatformBeans {

    @Produces
    @Singleton
    CursorCodec cursorCodec(PlatformConfig config) {
        return new CursorCodec(config);
    }
}
