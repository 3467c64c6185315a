package io.salesplan.activity;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.CursorCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Beans of the platform library that CDI cannot build on its own: {@link CursorCodec} has two
 * constructors and neither is marked {@code @Inject}, so it is produced here.
 */
public class PlatformBeans {

    @Produces
    @Singleton
    CursorCodec cursorCodec(PlatformConfig config) {
        return new CursorCodec(config);
    }
}
