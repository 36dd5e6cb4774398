/**
 * The Java API of user-space scheme daemons: {@link dev.moka.scheme.SchemeHandler} holds a scheme's
 * operations, {@link dev.moka.scheme.SchemeServer} decodes the kernel's request records and encodes
 * the responses over a {@link dev.moka.scheme.SchemeChannel}, natively the descriptor
 * {@code open(":name", O_CREAT)} gives ({@link dev.moka.scheme.SocketChannel}, through relibc).
 */
module dev.moka.scheme {
    requires transitive dev.moka.relibc;

    exports dev.moka.scheme;
}
