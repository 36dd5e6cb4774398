package dev.moka.userland.drivers;

import dev.moka.relibc.io.Ports;
import dev.moka.scheme.SchemeServer;
import dev.moka.scheme.SocketChannel;
import dev.moka.userland.Console;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pcid}: enumerates PCI configuration space through the legacy ports 0xCF8 (address) and
 * 0xCFC (data), then serves it as {@code pci:}. The root lists one entry per function present,
 * {@code BB.DD.F_VVVV:DDDD} in lower-case hex (bus, device, function, vendor and device id, as
 * {@code 00.01.0_8086:7000}); an entry reads as lines {@code vendor}, {@code device}, {@code class}
 * (class, subclass, programming interface) and {@code barN} for each base address register of a
 * plain device.
 */
public final class PciDaemon {
    private static final int ADDRESS = 0xCF8;
    private static final int DATA = 0xCFC;
    private static final int ABSENT = 0xFFFF;

    private PciDaemon() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        PortGrant.orExit("pcid", ADDRESS, 8);
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int bus = 0; bus < 256; bus++) {
            for (int device = 0; device < 32; device++) {
                int functions = (read(bus, device, 0, 0x0C) >>> 16 & 0x80) != 0 ? 8 : 1;
                for (int function = 0; function < functions; function++) {
                    int id = read(bus, device, function, 0);
                    if ((id & 0xFFFF) == ABSENT) {
                        continue;
                    }
                    names.add(hex(bus, 2) + "." + hex(device, 2) + "." + hex(function, 1) + "_"
                            + hex(id & 0xFFFF, 4) + ":" + hex(id >>> 16, 4));
                    texts.add(describe(bus, device, function, id));
                }
            }
        }
        SocketChannel socket = SocketChannel.register("pci");
        if (socket == null) {
            Console.error("pcid", ":pci: " + Console.errno());
            System.exit(1);
            return;
        }
        new SchemeServer(new TextTree(names, texts), socket).serve();
        System.exit(1);
    }

    private static String describe(int bus, int device, int function, int id) {
        StringBuilder text = new StringBuilder();
        int classWord = read(bus, device, function, 0x08);
        text.append("vendor ").append(hex(id & 0xFFFF, 4)).append('\n');
        text.append("device ").append(hex(id >>> 16, 4)).append('\n');
        text.append("class ").append(hex(classWord >>> 24, 2)).append('.').append(hex(classWord >>> 16 & 0xFF, 2))
                .append('.').append(hex(classWord >>> 8 & 0xFF, 2)).append('\n');
        int headerType = read(bus, device, function, 0x0C) >>> 16 & 0x7F;
        int bars = headerType == 0 ? 6 : headerType == 1 ? 2 : 0;
        for (int i = 0; i < bars; i++) {
            int bar = read(bus, device, function, 0x10 + 4 * i);
            if (bar != 0) {
                text.append("bar").append(i).append(' ').append((bar & 1) != 0 ? "io 0x" : "mem 0x")
                        .append(Integer.toHexString((bar & 1) != 0 ? bar & ~3 : bar & ~15)).append('\n');
            }
        }
        return text.toString();
    }

    /** A configuration register: 32 bits at a 4-byte aligned offset. */
    static int read(int bus, int device, int function, int offset) {
        Ports.outl(ADDRESS, 0x8000_0000 | bus << 16 | device << 11 | function << 8 | offset & 0xFC);
        return Ports.inl(DATA);
    }

    static String hex(int value, int digits) {
        String text = Integer.toHexString(value);
        while (text.length() < digits) {
            text = "0" + text;
        }
        return text;
    }
}
