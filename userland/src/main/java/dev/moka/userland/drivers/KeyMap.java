package dev.moka.userland.drivers;

/**
 * Scancode set 1 (what the PS/2 controller sends once it translates, as PCs boot it) to ASCII for
 * a US layout: the keys with a character, with and without Shift; Ctrl with a letter gives the
 * control character (Ctrl-C is 0x03, Ctrl-D 0x04).
 */
final class KeyMap {
    static final int LEFT_SHIFT = 0x2A;
    static final int RIGHT_SHIFT = 0x36;
    static final int CTRL = 0x1D;
    private static final String PLAIN = "\0\u001b1234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ";
    private static final String SHIFTED = "\0\u001b!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ";

    private KeyMap() {
    }

    /**
     * @param code  a make code, without the release bit
     * @param shift whether Shift is down
     * @param ctrl  whether Ctrl is down
     * @return the character the key types, or 0 for none
     */
    static int character(int code, boolean shift, boolean ctrl) {
        if (code <= 0 || code >= PLAIN.length()) {
            return 0;
        }
        char c = (shift ? SHIFTED : PLAIN).charAt(code);
        if (ctrl && Character.isLetter(c)) {
            return Character.toLowerCase(c) & 0x1F;
        }
        return c;
    }
}
