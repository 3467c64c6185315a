package io.salesplan.platform.event;

/** An event that can never be processed: undecodable, incomplete, or of an unknown type. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }
}
