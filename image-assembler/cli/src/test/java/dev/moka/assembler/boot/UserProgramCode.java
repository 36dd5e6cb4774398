package dev.moka.assembler.boot;

/**
 * The machine code of {@link UserModeJob}'s user programs, as the kernel loads it: hex text, one
 * instruction a line with its offset and disassembly. {@link UserPrograms} writes the same programs
 * with Moka's encoder, and {@code UserModeBootTest} checks that both agree byte for byte.
 */
final class UserProgramCode {
    /** The programs, in {@link UserPrograms#all()}'s order; program {@code i} is loaded at {@code CODE + i * SLOT}. */
    static final String[] NAMES = {"CALLS", "UD2", "NULL_READ", "KERNEL_READ", "CODE_WRITE", "HLT", "CLI", "OUT",
        "INT", "JUMP", "LAZY", "SPIN", "PID_LOOP", "MEASURE"};

    /** Each program's bytes as pairs of upper-case hex digits. */
    static final String[] HEX = {
        // CALLS
        "B814000000"                       // 00: mov eax, 0x14
            + "0F05"                       // 05: syscall
            + "4889C3"                     // 07: mov rbx, rax
            + "4989E4"                     // 0a: mov r12, rsp
            + "49BD1313131313131313"       // 0d: movabs r13, 0x1313131313131313
            + "4889DF"                     // 17: mov rdi, rbx
            + "BE02000000"                 // 1a: mov esi, 0x2
            + "BA03000000"                 // 1f: mov edx, 0x3
            + "41BA04000000"               // 24: mov r10d, 0x4
            + "41B805000000"               // 2a: mov r8d, 0x5
            + "41B906000000"               // 30: mov r9d, 0x6
            + "BD07000000"                 // 36: mov ebp, 0x7
            + "B8577E0000"                 // 3b: mov eax, 0x7e57
            + "0F05"                       // 40: syscall
            + "4C8D7314"                   // 42: lea r14, [rbx+0x14]
            + "4C39F0"                     // 46: cmp rax, r14
            + "0F8572000000"               // 49: jne 0xc1
            + "4839DF"                     // 4f: cmp rdi, rbx
            + "0F8569000000"               // 52: jne 0xc1
            + "4883FE02"                   // 58: cmp rsi, 0x2
            + "0F855F000000"               // 5c: jne 0xc1
            + "4883FA03"                   // 62: cmp rdx, 0x3
            + "0F8555000000"               // 66: jne 0xc1
            + "4983FA04"                   // 6c: cmp r10, 0x4
            + "0F854B000000"               // 70: jne 0xc1
            + "4983F805"                   // 76: cmp r8, 0x5
            + "0F8541000000"               // 7a: jne 0xc1
            + "4983F906"                   // 80: cmp r9, 0x6
            + "0F8537000000"               // 84: jne 0xc1
            + "4883FD07"                   // 8a: cmp rbp, 0x7
            + "0F852D000000"               // 8e: jne 0xc1
            + "4C39E4"                     // 94: cmp rsp, r12
            + "0F8524000000"               // 97: jne 0xc1
            + "49BE1313131313131313"       // 9d: movabs r14, 0x1313131313131313
            + "4D39F5"                     // a7: cmp r13, r14
            + "0F8511000000"               // aa: jne 0xc1
            + "BB07000000"                 // b0: mov ebx, 0x7
            + "4889DF"                     // b5: mov rdi, rbx
            + "B801000000"                 // b8: mov eax, 0x1
            + "0F05"                       // bd: syscall
            + "0F0B"                       // bf: ud2
            + "BB63000000"                 // c1: mov ebx, 0x63
            + "4889DF"                     // c6: mov rdi, rbx
            + "B801000000"                 // c9: mov eax, 0x1
            + "0F05"                       // ce: syscall
            + "0F0B",                      // d0: ud2
        // UD2
        "0F0B",                            // 00: ud2
        // NULL_READ
        "31DB"                             // 00: xor ebx, ebx
            + "488B03",                    // 02: mov rax, QWORD PTR [rbx]
        // KERNEL_READ
        "BB00001000"                       // 00: mov ebx, 0x100000
            + "488B03",                    // 05: mov rax, QWORD PTR [rbx]
        // CODE_WRITE
        "48BB0000000080000000"             // 00: movabs rbx, 0x8000000000
            + "8903",                      // 0a: mov DWORD PTR [rbx], eax
        // HLT
        "F4",                              // 00: hlt
        // CLI
        "FA",                              // 00: cli
        // OUT
        "E680",                            // 00: out 0x80, al
        // INT
        "CD20",                            // 00: int 0x20
        // JUMP
        "48B80000000000800000"             // 00: movabs rax, 0x800000000000
            + "FFE0",                      // 0a: jmp rax
        // LAZY
        "48BB0000010080000000"             // 00: movabs rbx, 0x8000010000
            + "488B03"                     // 0a: mov rax, QWORD PTR [rbx]
            + "4889C7"                     // 0d: mov rdi, rax
            + "B801000000"                 // 10: mov eax, 0x1
            + "0F05"                       // 15: syscall
            + "0F0B",                      // 17: ud2
        // SPIN
        "31DB"                             // 00: xor ebx, ebx
            + "48BD1313131313131313"       // 02: movabs rbp, 0x1313131313131313
            + "48BE0010000080000000"       // 0c: movabs rsi, 0x8000001000
            + "4883C301"                   // 16: add rbx, 0x1
            + "8B06"                       // 1a: mov eax, DWORD PTR [rsi]
            + "85C0"                       // 1c: test eax, eax
            + "0F8510000000"               // 1e: jne 0x34
            + "4881FB00000010"             // 24: cmp rbx, 0x10000000
            + "72E9"                       // 2b: jb 0x16
            + "48C7C3FFFFFFFF"             // 2d: mov rbx, 0xffffffffffffffff
            + "4889DF"                     // 34: mov rdi, rbx
            + "B801000000"                 // 37: mov eax, 0x1
            + "0F05"                       // 3c: syscall
            + "0F0B",                      // 3e: ud2
        // PID_LOOP
        "B814000000"                       // 00: mov eax, 0x14
            + "0F05"                       // 05: syscall
            + "4989C4"                     // 07: mov r12, rax
            + "41BD20A10700"               // 0a: mov r13d, 0x7a120
            + "B814000000"                 // 10: mov eax, 0x14
            + "0F05"                       // 15: syscall
            + "4C39E0"                     // 17: cmp rax, r12
            + "0F8512000000"               // 1a: jne 0x32
            + "4983ED01"                   // 20: sub r13, 0x1
            + "75EA"                       // 24: jne 0x10
            + "4C89E7"                     // 26: mov rdi, r12
            + "B801000000"                 // 29: mov eax, 0x1
            + "0F05"                       // 2e: syscall
            + "0F0B"                       // 30: ud2
            + "48C7C3FEFFFFFF"             // 32: mov rbx, 0xfffffffffffffffe
            + "4889DF"                     // 39: mov rdi, rbx
            + "B801000000"                 // 3c: mov eax, 0x1
            + "0F05"                       // 41: syscall
            + "0F0B",                      // 43: ud2
        // MEASURE
        "41BE40000000"                     // 00: mov r14d, 0x40
            + "49C7C4FFFFFFFF"             // 06: mov r12, 0xffffffffffffffff
            + "49C7C5FFFFFFFF"             // 0d: mov r13, 0xffffffffffffffff
            + "49C7C7FFFFFFFF"             // 14: mov r15, 0xffffffffffffffff
            + "0F31"                       // 1b: rdtsc
            + "48C1E220"                   // 1d: shl rdx, 0x20
            + "4809D0"                     // 21: or rax, rdx
            + "4889C3"                     // 24: mov rbx, rax
            + "B840000000"                 // 27: mov eax, 0x40
            + "0F05"                       // 2c: syscall
            + "0F31"                       // 2e: rdtsc
            + "48C1E220"                   // 30: shl rdx, 0x20
            + "4809D0"                     // 34: or rax, rdx
            + "4829D8"                     // 37: sub rax, rbx
            + "4C39E0"                     // 3a: cmp rax, r12
            + "4C0F42E0"                   // 3d: cmovb r12, rax
            + "0F31"                       // 41: rdtsc
            + "48C1E220"                   // 43: shl rdx, 0x20
            + "4809D0"                     // 47: or rax, rdx
            + "4889C3"                     // 4a: mov rbx, rax
            + "B840000000"                 // 4d: mov eax, 0x40
            + "0F31"                       // 52: rdtsc
            + "48C1E220"                   // 54: shl rdx, 0x20
            + "4809D0"                     // 58: or rax, rdx
            + "4829D8"                     // 5b: sub rax, rbx
            + "4C39E8"                     // 5e: cmp rax, r13
            + "4C0F42E8"                   // 61: cmovb r13, rax
            + "0F31"                       // 65: rdtsc
            + "48C1E220"                   // 67: shl rdx, 0x20
            + "4809D0"                     // 6b: or rax, rdx
            + "4889C3"                     // 6e: mov rbx, rax
            + "B840000000"                 // 71: mov eax, 0x40
            + "90909090909090909090909090909090909090909090909090" // 76: nop x25
            + "90909090909090909090909090909090909090909090909090" // 8f: nop x25
            + "90909090909090909090909090909090909090909090909090" // a8: nop x25
            + "90909090909090909090909090909090909090909090909090" // c1: nop x25
            + "0F31"                       // da: rdtsc
            + "48C1E220"                   // dc: shl rdx, 0x20
            + "4809D0"                     // e0: or rax, rdx
            + "4829D8"                     // e3: sub rax, rbx
            + "4C39F8"                     // e6: cmp rax, r15
            + "4C0F42F8"                   // e9: cmovb r15, rax
            + "4983EE01"                   // ed: sub r14, 0x1
            + "0F8524FFFFFF"               // f1: jne 0x1b
            + "4C89E7"                     // f7: mov rdi, r12
            + "4C89EE"                     // fa: mov rsi, r13
            + "4C89FA"                     // fd: mov rdx, r15
            + "B8577E0000"                 // 100: mov eax, 0x7e57
            + "0F05"                       // 105: syscall
            + "31DB"                       // 107: xor ebx, ebx
            + "4889DF"                     // 109: mov rdi, rbx
            + "B801000000"                 // 10c: mov eax, 0x1
            + "0F05"                       // 111: syscall
            + "0F0B",                      // 113: ud2
    };

    private UserProgramCode() {
    }

    /** @param name a program's name @return its index in {@link #NAMES}, or -1 */
    static int indexOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** @param hex pairs of upper-case hex digits @return the bytes they spell */
    static byte[] bytes(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(hex.charAt(2 * i)) << 4 | digit(hex.charAt(2 * i + 1)));
        }
        return out;
    }

    private static int digit(char c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }
}
