package io.salesplan.pipeline.config;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.CursorCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the platform's {@link CursorCodec} injectable: it declares two constructors and none is
 * marked {@code @Inject}, so CDI skips it as a bean.
 */
public class CursorCodecProducer {

    @Produces
    @Singleton
    CursorCodec cursorCodec(PlatformConfig config) {
        return new CursorCodec(config);
    }
}
