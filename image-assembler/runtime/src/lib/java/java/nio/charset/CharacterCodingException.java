package java.nio.charset;

/** A character could not be encoded or decoded. */
public class CharacterCodingException extends java.io.IOException {
    /** Makes one without a message. */
    public CharacterCodingException() {
    }
}
