package dev.moka.assembler.x86;

import java.util.Locale;

/** Intel-syntax spelling of operands for GNU as. */
final class Syntax {
    private static final String[] LEGACY64 = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"};
    private static final String[] LEGACY32 = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    private static final String[] LEGACY16 = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] LEGACY8 = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};

    private Syntax() {
    }

    static String reg(Reg r, int bits) {
        int code = r.code();
        if (code >= 8) {
            return "r" + code + switch (bits) {
                case 8 -> "b";
                case 16 -> "w";
                case 32 -> "d";
                default -> "";
            };
        }
        return switch (bits) {
            case 8 -> LEGACY8[code];
            case 16 -> LEGACY16[code];
            case 32 -> LEGACY32[code];
            default -> LEGACY64[code];
        };
    }

    static String ptr(int bits) {
        return switch (bits) {
            case 8 -> "byte ptr ";
            case 16 -> "word ptr ";
            case 32 -> "dword ptr ";
            default -> "qword ptr ";
        };
    }

    static String mem(Assembler.Mode mode, Mem m) {
        int addressBits = switch (mode) {
            case LONG64 -> 64;
            case PROTECTED32 -> 32;
            case REAL16 -> 16;
        };
        if (m.isAbsolute()) {
            return "[" + m.disp() + "]";
        }
        StringBuilder text = new StringBuilder("[").append(reg(m.base(), addressBits));
        if (m.index() != null) {
            // 16-bit addressing has no scale, and as refuses even "*1" there.
            text.append(" + ").append(reg(m.index(), addressBits));
            if (addressBits != 16) {
                text.append('*').append(m.scale());
            }
        }
        if (m.disp() != 0) {
            text.append(m.disp() < 0 ? " - " : " + ").append(Math.abs((long) m.disp()));
        }
        return text.append(']').toString();
    }

    static String mem(Assembler.Mode mode, Mem m, int bits) {
        return ptr(bits) + mem(mode, m);
    }

    static String xmm(Xmm x) {
        return "xmm" + x.code();
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
